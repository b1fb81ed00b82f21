package io.switchboard.api.conversation;

/**
 * What happened in a conversation. Constants may be added in a minor release; a metric
 * should ignore types it does not know.
 *
 * @since 1.0
 */
public enum ConversationEventType {
    /** The conversation was created. @since 1.0 */
    OPENED,
    /** The customer wrote (never a bot, an auto-reply or the system). @since 1.0 */
    CUSTOMER_MESSAGE,
    /** An inbound message sent by a machine (auto-reply, bounce); not a customer message. @since 1.0 */
    AUTOMATED_MESSAGE,
    /** A human agent sent a public reply. @since 1.0 */
    AGENT_REPLY,
    /** The system or a bot sent a public message (survey, acknowledgement). @since 1.0 */
    AUTOMATED_REPLY,
    /** An agent wrote a private note. @since 1.0 */
    NOTE,
    /** The status changed; attributes {@code from} and {@code to}. @since 1.0 */
    STATUS_CHANGED,
    /** The assignee changed; {@code agentId} is the new assignee or {@code null}. @since 1.0 */
    ASSIGNED,
    /**
     * A call ended; attributes {@code callId}, {@code talkSeconds}, {@code answered},
     * {@code voicemail}.
     *
     * @since 1.0
     */
    CALL_ENDED,
    /** A survey was answered; attributes {@code survey} and {@code value}. @since 1.0 */
    SURVEY_ANSWERED
}
