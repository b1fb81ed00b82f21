/**
 * The append-only conversation event log: the input of metric plugins.
 *
 * @since 1.0
 */
package io.switchboard.api.conversation;
