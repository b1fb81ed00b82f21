/**
 * Inbound events a channel instance reports: messages, delivery status updates, call
 * events and contact details. The host stores each idempotently.
 *
 * @since 1.0
 */
package io.switchboard.api.channel.event;
