package io.switchboard.plugins.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.ReplyPolicy;
import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigProblem;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class WhatsAppConnectorTest {

    private final WhatsAppConnector connector = new WhatsAppConnector();

    @Test
    void theConnectorIsAPf4jExtension() {
        assertTrue(WhatsAppConnector.class.isAnnotationPresent(Extension.class));
    }

    @Test
    void customersArePhoneNumbersSoWhatsAppSmsAndVoiceShareContacts() {
        assertEquals("whatsapp", connector.type().id());
        assertEquals(AddressKind.PHONE, connector.type().addressKind());
    }

    @Test
    void freeFormRepliesAreAllowedFor24HoursThenOnlyTemplates() {
        ReplyPolicy policy = connector.type().capabilities().replyPolicy();
        assertEquals(Duration.ofHours(24), policy.window());
        assertEquals(null, policy.extendedWindow());
        assertTrue(policy.templatesOutsideWindow());
        assertEquals(4096, connector.type().capabilities().maxTextLength());
    }

    @Test
    void theConfigurationHasTheThreeSecretsThePhoneNumberIdAndTheGraphApiCoordinates() {
        List<ConfigField> fields = connector.configSchema().fields();
        assertEquals(List.of("appSecret", "verifyToken", "accessToken", "phoneNumberId", "apiVersion", "baseUrl"),
                fields.stream().map(ConfigField::key).toList());
        assertEquals(List.of("appSecret", "verifyToken", "accessToken"),
                fields.stream().filter(ConfigField::secret).map(ConfigField::key).toList());
        assertEquals(Map.of("apiVersion", "v23.0", "baseUrl", "https://graph.facebook.com"),
                connector.configSchema().resolve(Map.of()).values());
    }

    @Test
    void aPhoneNumberIdMustBeNumericAndTheVersionLikeV23() {
        List<ConfigProblem> problems = connector.validate(connector.configSchema().resolve(Map.of(
                "appSecret", "s", "verifyToken", "v", "accessToken", "t", "phoneNumberId", "+1 555 0100",
                "apiVersion", "23")));
        assertEquals(List.of("apiVersion", "phoneNumberId"), problems.stream().map(ConfigProblem::field).toList());
    }
}
