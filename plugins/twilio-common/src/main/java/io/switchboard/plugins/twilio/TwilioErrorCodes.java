package io.switchboard.plugins.twilio;

import java.util.Map;

/**
 * Short descriptions of the error codes Twilio reports in status callbacks, which carry the
 * code alone ({@code ErrorCode=30003}); agents see the description with the code.
 */
public final class TwilioErrorCodes {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("21610", "the recipient has opted out (replied STOP)"),
            Map.entry("21614", "the number is not a mobile number"),
            Map.entry("30001", "Twilio's queue overflowed"),
            Map.entry("30002", "the Twilio account is suspended"),
            Map.entry("30003", "the destination handset is unreachable"),
            Map.entry("30004", "the message was blocked"),
            Map.entry("30005", "the destination number is unknown or no longer exists"),
            Map.entry("30006", "the destination is a landline or an unreachable carrier"),
            Map.entry("30007", "the carrier filtered the message"),
            Map.entry("30008", "the carrier reported an unknown error"),
            Map.entry("30009", "a segment of the message was missing"),
            Map.entry("30010", "the message price exceeded the configured maximum"));

    private TwilioErrorCodes() {
    }

    /**
     * A description of a code, with the link to Twilio's page about it.
     *
     * @param code the code, such as {@code 30003}
     * @return the description
     */
    public static String describe(String code) {
        String known = DESCRIPTIONS.getOrDefault(code, "Twilio reported error " + code);
        return known + " (https://www.twilio.com/docs/errors/" + code + ")";
    }
}
