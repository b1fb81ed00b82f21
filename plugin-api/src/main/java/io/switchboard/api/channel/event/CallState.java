package io.switchboard.api.channel.event;

/**
 * A phone call's state as its provider reports it.
 *
 * @since 1.0
 */
public enum CallState {
    /** Ringing, not yet answered. @since 1.0 */
    RINGING,
    /** Answered by an agent. @since 1.0 */
    IN_PROGRESS,
    /** Ended after being answered. @since 1.0 */
    COMPLETED,
    /** Ended without an answer. @since 1.0 */
    NO_ANSWER,
    /** The line was busy. @since 1.0 */
    BUSY,
    /** Could not be connected. @since 1.0 */
    FAILED,
    /** The caller hung up before an answer. @since 1.0 */
    CANCELED
}
