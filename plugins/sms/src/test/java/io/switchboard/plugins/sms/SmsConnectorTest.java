package io.switchboard.plugins.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SMS channel type: phone-number contacts, Twilio's configuration, text replies up to 1600. */
class SmsConnectorTest {

    private final SmsConnector connector = new SmsConnector();

    @Test
    void smsCustomersArePhoneNumbersSoTheyShareContactsWithVoiceAndWhatsApp() {
        assertEquals("sms", connector.type().id());
        assertEquals(AddressKind.PHONE, connector.type().addressKind());
        assertFalse(connector.type().capabilities().realtime(), "SMS is asynchronous for handle-time metrics");
        assertEquals(1600, connector.type().capabilities().maxTextLength());
    }

    @Test
    void theFormAsksForTheAccountNumberApiAndPublicWebhookUrl() {
        assertEquals(List.of("accountSid", "authToken", "phoneNumber", "baseUrl", "publicWebhookUrl"),
                connector.configSchema().fields().stream().map(ConfigField::key).toList());
        assertTrue(connector.configSchema().field("authToken").orElseThrow().secret());
        assertEquals("https://api.twilio.com", connector.configSchema().field("baseUrl").orElseThrow().defaultValue());
    }

    @Test
    void theNumberMustBeE164() {
        List<ConfigProblem> problems = connector.configSchema().validate(Map.of("accountSid",
                SmsTestbed.ACCOUNT_SID, "authToken", "t", "phoneNumber", "555-1234"));
        assertEquals(List.of("phoneNumber"), problems.stream().map(ConfigProblem::field).toList());
    }

    @Test
    void anAccountSidMustLookLikeOne() {
        var config = connector.configSchema().resolve(Map.of("accountSid", "SK123", "authToken", "t",
                "phoneNumber", "+15550001111"));
        assertEquals(List.of("accountSid"), connector.validate(config).stream().map(ConfigProblem::field).toList());
        var good = connector.configSchema().resolve(Map.of("accountSid", SmsTestbed.ACCOUNT_SID, "authToken", "t",
                "phoneNumber", "+15550001111"));
        assertEquals(List.of(), connector.validate(good));
    }
}
