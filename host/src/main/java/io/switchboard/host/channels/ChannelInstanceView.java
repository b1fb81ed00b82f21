package io.switchboard.host.channels;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A channel instance as the admin API shows it: configuration without secret values, the
 * names of the secrets that are set, and the webhook URL to paste into the provider.
 */
public record ChannelInstanceView(long id, String key, String channelType, String name, boolean enabled,
                                  String status, Map<String, String> config, List<String> secretsSet,
                                  String webhookUrl, Instant createdAt, Instant updatedAt) {
}
