package io.switchboard.plugins.sms;

import io.switchboard.api.channel.event.MessageFlag;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The keywords with which a customer opts out of (or back into) messages from a number, as
 * carriers and Twilio read them: the whole message is the keyword, in any case, surrounding
 * whitespace ignored. "Stop sending me offers" is not an opt-out; "stop" is.
 */
final class OptOutKeywords {

    static final Set<String> OPT_OUT = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT");
    static final Set<String> OPT_IN = Set.of("START", "UNSTOP");

    private OptOutKeywords() {
    }

    /**
     * What a message body says about the sender's consent.
     *
     * @param body the message text
     * @param optOutType Twilio's {@code OptOutType} parameter (sent when Advanced Opt-Out is on),
     *     which names the decision for keywords the account configured itself, or {@code null}
     * @return {@link MessageFlag#OPT_OUT}, {@link MessageFlag#OPT_IN}, or empty
     */
    static Optional<MessageFlag> of(String body, String optOutType) {
        if (optOutType != null) {
            String type = optOutType.strip().toUpperCase(Locale.ROOT);
            if (type.equals("STOP")) {
                return Optional.of(MessageFlag.OPT_OUT);
            }
            if (type.equals("START")) {
                return Optional.of(MessageFlag.OPT_IN);
            }
        }
        String word = body == null ? "" : body.strip().toUpperCase(Locale.ROOT);
        if (OPT_OUT.contains(word)) {
            return Optional.of(MessageFlag.OPT_OUT);
        }
        return OPT_IN.contains(word) ? Optional.of(MessageFlag.OPT_IN) : Optional.empty();
    }
}
