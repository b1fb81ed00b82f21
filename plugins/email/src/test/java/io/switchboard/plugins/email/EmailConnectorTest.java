package io.switchboard.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.IngestMode;
import io.switchboard.api.channel.ThreadingMode;
import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailConnectorTest {

    private final EmailConnector connector = new EmailConnector();

    private static Map<String, String> valid() {
        return new HashMap<>(Map.of("imapHost", "imap.example.com", "imapUser", "support@example.com",
                "imapPassword", "pw", "smtpHost", "smtp.example.com", "fromAddress", "support@example.com"));
    }

    private List<ConfigProblem> problems(Map<String, String> values) {
        ConfigSchema schema = connector.configSchema();
        List<ConfigProblem> problems = schema.validate(values);
        return problems.isEmpty() ? connector.validate(schema.resolve(values)) : problems;
    }

    @Test
    void emailIsAPulledChannelThreadedByReferenceWithEmailAddresses() {
        var type = connector.type();

        assertEquals("email", type.id());
        assertEquals(AddressKind.EMAIL, type.addressKind());
        assertEquals(IngestMode.PULL, type.capabilities().ingest());
        assertEquals(ThreadingMode.BY_REFERENCE, type.capabilities().threading());
        assertEquals(EmailConnector.POLL_INTERVAL, type.capabilities().pollInterval());
        assertTrue(type.capabilities().html() && type.capabilities().attachments());
    }

    @Test
    void bothPasswordsAreSecret() {
        assertEquals(List.of("imapPassword", "smtpPassword"), connector.configSchema().fields().stream()
                .filter(ConfigField::secret).map(ConfigField::key).toList());
    }

    @Test
    void theMinimalConfigurationIsValidWithSecureDefaults() {
        assertEquals(List.of(), problems(valid()));
        var resolved = connector.configSchema().resolve(valid());
        assertEquals("tls", resolved.require("imapSecurity"));
        assertEquals("993", resolved.require("imapPort"));
        assertEquals("tls", resolved.require("smtpSecurity"));
        assertEquals("465", resolved.require("smtpPort"));
        assertEquals("mark-seen", resolved.require("processedMail"));
    }

    @Test
    void processedMailCannotBeMovedToThePolledFolder() {
        Map<String, String> values = valid();
        values.put("processedMail", "move");
        values.put("processedFolder", "inbox");

        assertEquals(List.of("processedFolder"), problems(values).stream().map(ConfigProblem::field).toList());
    }

    @Test
    void portsAndTheAttachmentLimitMustBeInRange() {
        Map<String, String> values = valid();
        values.put("imapPort", "0");
        values.put("smtpPort", "70000");
        values.put("maxAttachmentMb", "0");

        assertEquals(List.of("imapPort", "smtpPort", "maxAttachmentMb"),
                problems(values).stream().map(ConfigProblem::field).toList());
    }

    @Test
    void anSmtpPasswordNeedsAnSmtpUser() {
        Map<String, String> values = valid();
        values.put("smtpPassword", "pw");

        assertEquals(List.of("smtpUser"), problems(values).stream().map(ConfigProblem::field).toList());
    }
}
