package io.switchboard.plugins.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class MessengerConnectorTest {

    private final MessengerConnector connector = new MessengerConnector();

    @Test
    void theConnectorIsAPf4jExtension() {
        assertTrue(MessengerConnector.class.isAnnotationPresent(Extension.class));
    }

    @Test
    void customersArePageScopedIdsInTheirOwnNamespace() {
        assertEquals("messenger", connector.type().id());
        assertEquals(new AddressKind("messenger.psid"), connector.type().addressKind());
    }

    @Test
    void repliesAreAllowedFor24HoursAndWithTheHumanAgentTagUpTo7Days() {
        ReplyPolicy policy = connector.type().capabilities().replyPolicy();
        assertEquals(Duration.ofHours(24), policy.window());
        assertEquals(Duration.ofDays(7), policy.extendedWindow());
        assertFalse(policy.templatesOutsideWindow());
        assertEquals(2000, connector.type().capabilities().maxTextLength());
    }

    @Test
    void theConfigurationHasTheThreeSecretsThePageIdAndTheGraphApiCoordinates() {
        List<ConfigField> fields = connector.configSchema().fields();
        assertEquals(List.of("appSecret", "verifyToken", "accessToken", "pageId", "apiVersion", "baseUrl"),
                fields.stream().map(ConfigField::key).toList());
        assertEquals(List.of("appSecret", "verifyToken", "accessToken"),
                fields.stream().filter(ConfigField::secret).map(ConfigField::key).toList());
    }

    @Test
    void aPageIdMustBeNumeric() {
        List<ConfigProblem> problems = connector.validate(connector.configSchema().resolve(Map.of(
                "appSecret", "s", "verifyToken", "v", "accessToken", "t", "pageId", "my-shop")));
        assertEquals(List.of("pageId"), problems.stream().map(ConfigProblem::field).toList());
    }
}
