package io.switchboard.api.channel;

/**
 * Where an outbound message stands. Later states never move back to earlier ones, except
 * that a failure callback may follow {@link #SENT}.
 *
 * @since 1.0
 */
public enum DeliveryStatus {
    /** Stored and waiting in the outbox. @since 1.0 */
    QUEUED,
    /** Accepted by the provider. @since 1.0 */
    SENT,
    /** Reached the customer's device or mailbox. @since 1.0 */
    DELIVERED,
    /** Seen by the customer. @since 1.0 */
    READ,
    /** Will not be delivered; the reason is kept with the message. @since 1.0 */
    FAILED
}
