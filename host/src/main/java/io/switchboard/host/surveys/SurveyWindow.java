package io.switchboard.host.surveys;

import io.switchboard.api.channel.ChannelType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a channel still takes a free-form survey question: WhatsApp and Messenger allow
 * free-form messages only for 24 hours after the customer's last message. The extended window
 * (Messenger's HUMAN_AGENT tag, 7 days) is for a human agent's reply and never covers an
 * automated survey, so only the standard window counts. A survey sent later would fail at the
 * provider (or break its policy), so it is skipped with the reason instead.
 */
final class SurveyWindow {

    private SurveyWindow() {
    }

    static Optional<String> closed(ChannelType type, Instant lastCustomerMessageAt, Instant now) {
        Duration window = type.capabilities().replyPolicy().window();
        if (window == null) {
            return Optional.empty();
        }
        if (lastCustomerMessageAt == null) {
            return Optional.of("the customer never wrote on this " + type.displayName() + " conversation, so its"
                    + " messaging window never opened");
        }
        Instant closes = lastCustomerMessageAt.plus(window);
        return now.isBefore(closes) ? Optional.empty()
                : Optional.of("the " + type.displayName() + " messaging window closed at " + closes + ", "
                        + window.toHours() + " hours after the customer's last message; a survey is not a template"
                        + " message");
    }
}
