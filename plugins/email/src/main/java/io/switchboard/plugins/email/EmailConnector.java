package io.switchboard.plugins.email;

import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.ChannelCapabilities;
import io.switchboard.api.channel.AbstractChannelConnector;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.ChannelType;
import io.switchboard.api.channel.IngestMode;
import io.switchboard.api.channel.ReplyPolicy;
import io.switchboard.api.channel.ThreadingMode;
import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigSchema;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.config.FieldType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * The email channel: polls an IMAP mailbox for customer mail and sends agent replies over
 * SMTP, threaded by Message-ID, In-Reply-To and References, with the conversation token in
 * the subject as the fallback.
 */
@Extension
public final class EmailConnector extends AbstractChannelConnector {

    /** The channel type id. */
    public static final String TYPE_ID = "email";

    /** How often the host polls each mailbox. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(30);

    private static final ChannelType TYPE = new ChannelType(TYPE_ID, "Email", AddressKind.EMAIL,
            new ChannelCapabilities(IngestMode.PULL, false, true, true, 0, ReplyPolicy.unlimited(),
                    ThreadingMode.BY_REFERENCE, false, POLL_INTERVAL));

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.text(EmailSettings.IMAP_HOST, "IMAP server").asRequired()
                    .withHelp("Host name of the incoming mail server, such as imap.example.com."),
            ConfigField.of(EmailSettings.IMAP_PORT, "IMAP port", FieldType.INTEGER).withDefault("993")
                    .withHelp("993 for TLS, 143 for STARTTLS or no encryption."),
            ConfigField.choice(EmailSettings.IMAP_SECURITY, "IMAP security", "tls", "starttls", "none"),
            ConfigField.text(EmailSettings.IMAP_USER, "IMAP user").asRequired(),
            ConfigField.secretText(EmailSettings.IMAP_PASSWORD, "IMAP password"),
            ConfigField.text(EmailSettings.FOLDER, "Folder").withDefault("INBOX")
                    .withHelp("The folder that is polled for new mail."),
            ConfigField.choice(EmailSettings.PROCESSED, "Processed mail", "mark-seen", "move")
                    .withHelp("After the desk stored a message: mark it as read, or move it to another folder."),
            ConfigField.text(EmailSettings.PROCESSED_FOLDER, "Move processed mail to").withDefault("Processed")
                    .withHelp("Used when processed mail is moved; created when missing."),
            ConfigField.text(EmailSettings.SMTP_HOST, "SMTP server").asRequired()
                    .withHelp("Host name of the outgoing mail server, such as smtp.example.com."),
            ConfigField.of(EmailSettings.SMTP_PORT, "SMTP port", FieldType.INTEGER).withDefault("465")
                    .withHelp("465 for TLS, 587 for STARTTLS, 25 for an unencrypted relay."),
            ConfigField.choice(EmailSettings.SMTP_SECURITY, "SMTP security", "tls", "starttls", "none"),
            ConfigField.text(EmailSettings.SMTP_USER, "SMTP user")
                    .withHelp("Leave empty for a relay that needs no login."),
            ConfigField.text(EmailSettings.SMTP_PASSWORD, "SMTP password").asSecret(),
            ConfigField.of(EmailSettings.FROM_ADDRESS, "From address", FieldType.EMAIL).asRequired()
                    .withHelp("Replies are sent from this address; usually the polled mailbox's own."),
            ConfigField.text(EmailSettings.FROM_NAME, "From name")
                    .withHelp("Shown as the sender of replies, such as Acme Support."),
            ConfigField.of(EmailSettings.MAX_ATTACHMENT_MB, "Attachment limit (MB)", FieldType.INTEGER)
                    .withDefault(String.valueOf(EmailSettings.DEFAULT_MAX_ATTACHMENT_MB))
                    .withHelp("Larger attachments are left out of the stored message, with a note saying so."));

    /** The extension PF4J instantiates. */
    public EmailConnector() {
        super(TYPE, SCHEMA);
    }

    @Override
    public List<ConfigProblem> validate(ConfigValues config) {
        List<ConfigProblem> problems = new ArrayList<>();
        port(config, EmailSettings.IMAP_PORT, "IMAP port", problems);
        port(config, EmailSettings.SMTP_PORT, "SMTP port", problems);
        long limit = config.getLong(EmailSettings.MAX_ATTACHMENT_MB, EmailSettings.DEFAULT_MAX_ATTACHMENT_MB);
        if (limit < 1 || limit > 1024) {
            problems.add(new ConfigProblem(EmailSettings.MAX_ATTACHMENT_MB, "Attachment limit must be 1 to 1024 MB"));
        }
        boolean move = "move".equals(config.get(EmailSettings.PROCESSED).orElse(""));
        String folder = config.get(EmailSettings.FOLDER).orElse("INBOX");
        if (move && folder.equalsIgnoreCase(config.get(EmailSettings.PROCESSED_FOLDER).orElse(""))) {
            problems.add(new ConfigProblem(EmailSettings.PROCESSED_FOLDER,
                    "Processed mail must be moved to another folder than the polled one"));
        }
        if (config.get(EmailSettings.SMTP_PASSWORD).isPresent() && config.get(EmailSettings.SMTP_USER).isEmpty()) {
            problems.add(new ConfigProblem(EmailSettings.SMTP_USER, "SMTP user is required with an SMTP password"));
        }
        return List.copyOf(problems);
    }

    private static void port(ConfigValues config, String key, String label, List<ConfigProblem> problems) {
        long port = config.getLong(key, 1);
        if (port < 1 || port > 65535) {
            problems.add(new ConfigProblem(key, label + " must be between 1 and 65535"));
        }
    }

    @Override
    public ChannelInstance open(ChannelContext context) {
        return new EmailInstance(context);
    }
}
