package io.switchboard.plugins.webchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.ChannelCapabilities;
import io.switchboard.api.channel.ChannelType;
import io.switchboard.api.channel.IngestMode;
import io.switchboard.api.channel.ReplyPolicy;
import io.switchboard.api.channel.ThreadingMode;
import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigSchema;
import io.switchboard.api.config.FieldType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pf4j.Extension;

class WebChatConnectorTest {

    private final WebChatConnector connector = new WebChatConnector();

    @Test
    void theConnectorIsAPf4jExtension() {
        assertTrue(WebChatConnector.class.isAnnotationPresent(Extension.class));
    }

    @Test
    void itDeclaresTheWebChatChannelType() {
        assertEquals(new ChannelType("webchat", "Web chat", new AddressKind("webchat"),
                new ChannelCapabilities(IngestMode.PUSH, true, false, false, 4000, ReplyPolicy.unlimited(),
                        ThreadingMode.BY_CONTACT, false, null)), connector.type());
    }

    @Test
    void itsConfigurationHasTheWidgetSettingsWithDefaults() {
        ConfigSchema schema = connector.configSchema();

        assertEquals(List.of("title", "welcomeMessage", "allowedOrigins", "askForEmail"),
                schema.fields().stream().map(ConfigField::key).toList());
        assertEquals(FieldType.MULTILINE, schema.field("welcomeMessage").orElseThrow().type());
        assertEquals(FieldType.BOOLEAN, schema.field("askForEmail").orElseThrow().type());
        assertEquals(Map.of("title", "Chat with us", "allowedOrigins", "*", "askForEmail", "true"),
                schema.resolve(Map.of()).values());
        assertTrue(schema.fields().stream().noneMatch(ConfigField::secret));
    }

    @Test
    void allowedOriginsMustBeOriginsOrAStar() {
        List<ConfigProblem> problems = connector.validate(connector.configSchema()
                .resolve(Map.of("allowedOrigins", "https://www.example.com, example.com, https://a.example.com/path")));

        assertEquals(List.of("allowedOrigins", "allowedOrigins"), problems.stream().map(ConfigProblem::field).toList());
        assertEquals(List.of(), connector.validate(connector.configSchema().resolve(Map.of())));
    }
}
