package io.switchboard.api.channel.event;

/**
 * Facts about an inbound message that change how the host treats it.
 *
 * @since 1.0
 */
public enum MessageFlag {
    /**
     * Sent by a machine (out-of-office, Auto-Submitted, Precedence: bulk): stored, but never
     * counted as a customer message, never surveyed, never auto-answered.
     *
     * @since 1.0
     */
    AUTOMATED,
    /** A delivery failure report (bounce, multipart/report). @since 1.0 */
    BOUNCE,
    /** The customer opted out of further messages on this channel (SMS STOP). @since 1.0 */
    OPT_OUT,
    /** The customer opted back in (SMS START). @since 1.0 */
    OPT_IN
}
