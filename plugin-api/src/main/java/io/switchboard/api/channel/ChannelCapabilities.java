package io.switchboard.api.channel;

import java.time.Duration;
import java.util.Objects;

/**
 * What a channel type can do; the host and the UI adapt to it.
 *
 * @param ingest how inbound traffic arrives
 * @param realtime whether the customer expects an answer within minutes (chat) rather than
 *     hours (email, SMS); drives handle-time metrics
 * @param html whether messages may carry HTML
 * @param attachments whether messages may carry attachments
 * @param maxTextLength longest text a reply may have, 0 for no limit
 * @param replyPolicy when free-form replies are allowed
 * @param threading how inbound messages are filed into conversations
 * @param calls whether the channel carries voice calls
 * @param pollInterval how often a {@link IngestMode#PULL} channel is polled, {@code null} for push
 * @since 1.0
 */
public record ChannelCapabilities(IngestMode ingest, boolean realtime, boolean html, boolean attachments,
                                  int maxTextLength, ReplyPolicy replyPolicy, ThreadingMode threading,
                                  boolean calls, Duration pollInterval) {

    /**
     * Validates the components.
     *
     * @since 1.0
     */
    public ChannelCapabilities {
        Objects.requireNonNull(ingest, "ingest");
        Objects.requireNonNull(replyPolicy, "replyPolicy");
        Objects.requireNonNull(threading, "threading");
        if (maxTextLength < 0) {
            throw new IllegalArgumentException("maxTextLength must not be negative");
        }
        if (ingest == IngestMode.PULL && pollInterval == null) {
            throw new IllegalArgumentException("a pull channel needs a poll interval");
        }
    }

    /**
     * Capabilities of a push chat channel: realtime, text only, no length limit, replies
     * always allowed, threaded by contact.
     *
     * @return the capabilities
     * @since 1.0
     */
    public static ChannelCapabilities pushChat() {
        return new ChannelCapabilities(IngestMode.PUSH, true, false, false, 0, ReplyPolicy.unlimited(),
                ThreadingMode.BY_CONTACT, false, null);
    }

    /**
     * These capabilities with another reply policy.
     *
     * @param policy the policy
     * @return a copy
     * @since 1.0
     */
    public ChannelCapabilities withReplyPolicy(ReplyPolicy policy) {
        return new ChannelCapabilities(ingest, realtime, html, attachments, maxTextLength, policy, threading, calls,
                pollInterval);
    }

    /**
     * These capabilities with another text limit.
     *
     * @param length the limit, 0 for none
     * @return a copy
     * @since 1.0
     */
    public ChannelCapabilities withMaxTextLength(int length) {
        return new ChannelCapabilities(ingest, realtime, html, attachments, length, replyPolicy, threading, calls,
                pollInterval);
    }

    /**
     * These capabilities with attachments allowed or not.
     *
     * @param allowed whether attachments are allowed
     * @return a copy
     * @since 1.0
     */
    public ChannelCapabilities withAttachments(boolean allowed) {
        return new ChannelCapabilities(ingest, realtime, html, allowed, maxTextLength, replyPolicy, threading, calls,
                pollInterval);
    }
}
