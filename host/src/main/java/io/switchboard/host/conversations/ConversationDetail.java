package io.switchboard.host.conversations;

import io.switchboard.api.channel.ChannelType;
import java.time.Instant;
import java.util.List;

/**
 * A conversation with its timeline and what its channel allows a reply to be;
 * {@code replyLimits} is null while the channel's plugin is not started.
 */
public record ConversationDetail(ConversationSummary conversation, List<Message> messages, List<CallEntry> calls,
                                 ReplyLimits replyLimits) {

    public ConversationDetail {
        messages = List.copyOf(messages);
        calls = List.copyOf(calls);
    }

    /** Reply window (null when unlimited) and text length limit (0 when unlimited). */
    public record ReplyLimits(Instant windowClosesAt, boolean templatesOutsideWindow, int maxTextLength) {

        static ReplyLimits of(ChannelType type, Instant lastCustomerMessageAt) {
            return new ReplyLimits(ReplyRules.windowClosesAt(type, lastCustomerMessageAt).orElse(null),
                    type.capabilities().replyPolicy().templatesOutsideWindow(), type.capabilities().maxTextLength());
        }
    }
}
