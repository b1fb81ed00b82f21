package io.switchboard.api.channel;

import java.time.Duration;
import java.util.Objects;

/**
 * When an agent may send a free-form reply, counted from the customer's last message
 * (WhatsApp: 24 hours, then templates only; Messenger: 24 hours, 7 days with the
 * HUMAN_AGENT tag). The host enforces it before a reply is queued.
 *
 * @param window how long free-form replies are allowed, or {@code null} for always
 * @param extendedWindow a longer window the plugin handles itself (for example by tagging
 *     the message), or {@code null}
 * @param templatesOutsideWindow whether template messages may be sent outside the window
 * @param explanation one sentence shown to the agent when a reply is refused
 * @since 1.0
 */
public record ReplyPolicy(Duration window, Duration extendedWindow, boolean templatesOutsideWindow,
                          String explanation) {

    /**
     * Validates the components.
     *
     * @since 1.0
     */
    public ReplyPolicy {
        if (window != null && (window.isNegative() || window.isZero())) {
            throw new IllegalArgumentException("window must be positive");
        }
        if (extendedWindow != null && (window == null || extendedWindow.compareTo(window) < 0)) {
            throw new IllegalArgumentException("extendedWindow must be at least window");
        }
        explanation = Objects.requireNonNullElse(explanation, "");
    }

    /**
     * Replies are always allowed (email, SMS, web chat).
     *
     * @return the policy
     * @since 1.0
     */
    public static ReplyPolicy unlimited() {
        return new ReplyPolicy(null, null, false, "");
    }

    /**
     * The longest time after the customer's last message at which a free-form reply is
     * still accepted.
     *
     * @return the effective window, or {@code null} for always
     * @since 1.0
     */
    public Duration effectiveWindow() {
        return extendedWindow != null ? extendedWindow : window;
    }
}
