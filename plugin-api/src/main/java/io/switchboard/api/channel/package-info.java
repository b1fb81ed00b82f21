/**
 * The channel SPI. A plugin contributes a {@link io.switchboard.api.channel.ChannelConnector}
 * extension; the host opens one {@link io.switchboard.api.channel.ChannelInstance} per
 * configured account and calls it for webhooks (push channels), polls (pull channels) and
 * deliveries (every channel). The host owns storage, retries, idempotency and ordering.
 *
 * @since 1.0
 */
package io.switchboard.api.channel;
