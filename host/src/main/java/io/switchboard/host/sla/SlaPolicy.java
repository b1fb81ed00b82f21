package io.switchboard.host.sla;

/**
 * Targets in business minutes for conversations of a priority and/or channel type (null: any).
 * The most specific enabled policy applies: priority and channel, then priority, then channel,
 * then a catch-all.
 */
public record SlaPolicy(long id, String name, String priority, String channelType, Integer firstResponseMinutes,
                        Integer resolutionMinutes, boolean enabled) {

    int specificity() {
        return (priority != null ? 2 : 0) + (channelType != null ? 1 : 0);
    }

    boolean appliesTo(String conversationPriority, String conversationChannelType) {
        return enabled && (priority == null || priority.equals(conversationPriority))
                && (channelType == null || channelType.equals(conversationChannelType));
    }
}
