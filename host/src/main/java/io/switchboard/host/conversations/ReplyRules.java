package io.switchboard.host.conversations;

import io.switchboard.api.channel.ChannelCapabilities;
import io.switchboard.api.channel.ChannelType;
import io.switchboard.api.channel.ReplyPolicy;
import io.switchboard.host.problem.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a channel allows an agent to send: non-empty text within the channel's length limit,
 * and inside the reply window counted from the customer's last message (WhatsApp 24 h);
 * templates on channels that have them, also outside the window.
 */
public final class ReplyRules {

    private ReplyRules() {
    }

    /** When free-form replies stop being allowed, or empty when they always are. */
    public static Optional<Instant> windowClosesAt(ChannelType type, Instant lastCustomerMessageAt) {
        Duration window = type.capabilities().replyPolicy().effectiveWindow();
        if (window == null) {
            return Optional.empty();
        }
        return Optional.of(lastCustomerMessageAt == null ? Instant.EPOCH : lastCustomerMessageAt.plus(window));
    }

    /**
     * A template may go out whenever its channel sends templates outside the reply window
     * (WhatsApp); channels without provider-approved templates refuse them at any time.
     */
    static void checkTemplate(ChannelType type) {
        if (!type.capabilities().replyPolicy().templatesOutsideWindow()) {
            throw Problem.unprocessable("Templates not supported", type.displayName() + " has no template messages;"
                    + " send a text reply instead", Map.of("templatesAllowed", false));
        }
    }

    static void check(ChannelType type, Conversation conversation, String text, Instant now) {
        ChannelCapabilities capabilities = type.capabilities();
        int max = capabilities.maxTextLength();
        if (max > 0 && text.length() > max) {
            throw Problem.unprocessable("Reply too long", "the reply has " + text.length() + " characters; "
                    + type.displayName() + " allows at most " + max, Map.of("maxTextLength", max));
        }
        Optional<Instant> closes = windowClosesAt(type, conversation.lastCustomerMessageAt());
        if (closes.isPresent() && !now.isBefore(closes.get())) {
            throw windowClosed(type, conversation, closes.get());
        }
    }

    private static Problem windowClosed(ChannelType type, Conversation conversation, Instant closedAt) {
        ReplyPolicy policy = type.capabilities().replyPolicy();
        String allowed = policy.templatesOutsideWindow() ? " Only approved template messages can be sent now."
                : " The customer has to write again before you can reply.";
        String detail = conversation.lastCustomerMessageAt() == null
                ? "the customer has not written on this " + type.displayName() + " conversation, so the reply window"
                        + " never opened." + allowed
                : "the " + type.displayName() + " reply window closed at " + closedAt + ", "
                        + policy.effectiveWindow().toHours() + " hours after the customer's last message at "
                        + conversation.lastCustomerMessageAt() + "." + allowed
                        + (policy.explanation().isEmpty() ? "" : " " + policy.explanation());
        return Problem.unprocessable("Reply window closed", detail, Map.of("windowClosedAt", closedAt.toString(),
                "templatesAllowed", policy.templatesOutsideWindow()));
    }
}
