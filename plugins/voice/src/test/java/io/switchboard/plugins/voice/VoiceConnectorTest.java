package io.switchboard.plugins.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.config.ConfigProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The voice channel type: phone-number contacts, calls, and a configuration that is checked as a whole. */
class VoiceConnectorTest {

    private final VoiceConnector connector = new VoiceConnector();

    private List<String> problemFields(Map<String, String> extra) {
        Map<String, String> raw = new HashMap<>(Map.of("accountSid", VoiceTestbed.ACCOUNT_SID, "authToken", "t",
                "phoneNumber", VoiceTestbed.OUR_NUMBER));
        raw.putAll(extra);
        List<ConfigProblem> problems = connector.configSchema().validate(raw);
        if (problems.isEmpty()) {
            problems = connector.validate(connector.configSchema().resolve(raw));
        }
        return problems.stream().map(ConfigProblem::field).toList();
    }

    @Test
    void callersArePhoneNumbersAndTheChannelCarriesCalls() {
        assertEquals("voice", connector.type().id());
        assertEquals(AddressKind.PHONE, connector.type().addressKind());
        assertTrue(connector.type().capabilities().calls());
        assertTrue(connector.type().capabilities().realtime());
    }

    @Test
    void aMinimalConfigurationIsValid() {
        assertEquals(List.of(), problemFields(Map.of()));
    }

    @Test
    void anUnreadableScheduleIsRefused() {
        assertEquals(List.of("businessHours"), problemFields(Map.of("businessHours", "weekdays 9 to 5")));
    }

    @Test
    void anUnknownTimeZoneIsRefused() {
        assertEquals(List.of("timeZone"), problemFields(Map.of("timeZone", "Mars/Olympus")));
    }

    @Test
    void aVoicemailLongerThanTwilioTranscribesIsRefused() {
        assertEquals(List.of("voicemailMaxSeconds"), problemFields(Map.of("voicemailMaxSeconds", "300")));
    }

    @Test
    void aRingTimeoutOutsideTwiliosRangeIsRefused() {
        assertEquals(List.of("ringTimeoutSeconds"), problemFields(Map.of("ringTimeoutSeconds", "2")));
    }

    @Test
    void theRingNumberMustBeE164() {
        assertEquals(List.of("ringNumber"), problemFields(Map.of("ringNumber", "0800 123")));
    }
}
