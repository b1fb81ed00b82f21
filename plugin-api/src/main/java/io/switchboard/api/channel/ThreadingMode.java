package io.switchboard.api.channel;

/**
 * How the host files an inbound message into a conversation.
 *
 * @since 1.0
 */
public enum ThreadingMode {
    /**
     * Chat-style: a message joins the contact's latest unresolved conversation on this
     * channel instance, or opens a new one.
     *
     * @since 1.0
     */
    BY_CONTACT,
    /**
     * Email-style: a message joins the conversation holding a message it replies to
     * ({@code inReplyTo}), else the one named by its thread token, else opens a new one.
     *
     * @since 1.0
     */
    BY_REFERENCE
}
