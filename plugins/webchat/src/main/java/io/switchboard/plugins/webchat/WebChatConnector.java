package io.switchboard.plugins.webchat;

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
import java.util.List;
import org.pf4j.Extension;

/**
 * The web chat channel: an embeddable widget on the customer's site talks to the host's
 * {@code /webhooks/{key}/...} endpoints; agent replies reach the visitor live.
 */
@Extension
public final class WebChatConnector extends AbstractChannelConnector {

    /** The channel type id, also the namespace of visitor addresses. */
    public static final String TYPE_ID = "webchat";

    /** The longest message either side may send. */
    public static final int MAX_TEXT_LENGTH = 4000;

    private static final ChannelType TYPE = new ChannelType(TYPE_ID, "Web chat", new AddressKind(TYPE_ID),
            new ChannelCapabilities(IngestMode.PUSH, true, false, false, MAX_TEXT_LENGTH, ReplyPolicy.unlimited(),
                    ThreadingMode.BY_CONTACT, false, null));

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.text(WebChatSettings.TITLE, "Widget title").withDefault("Chat with us")
                    .withHelp("Shown in the header of the chat panel."),
            ConfigField.of(WebChatSettings.WELCOME_MESSAGE, "Welcome message", FieldType.MULTILINE)
                    .withHelp("Shown to visitors when they open the chat; leave empty for none."),
            ConfigField.text(WebChatSettings.ALLOWED_ORIGINS, "Allowed origins").withDefault("*")
                    .withHelp("Comma-separated sites that may embed the widget, such as https://www.example.com;"
                            + " * allows any site."),
            ConfigField.of(WebChatSettings.ASK_FOR_EMAIL, "Ask for email", FieldType.BOOLEAN).withDefault("true")
                    .withHelp("Offer visitors a field to leave their email address so they become a known contact."));

    /** The extension PF4J instantiates. */
    public WebChatConnector() {
        super(TYPE, SCHEMA);
    }

    @Override
    public List<ConfigProblem> validate(ConfigValues config) {
        return AllowedOrigins.problems(config.get(WebChatSettings.ALLOWED_ORIGINS).orElse("*")).stream()
                .map(message -> new ConfigProblem(WebChatSettings.ALLOWED_ORIGINS, message))
                .toList();
    }

    @Override
    public ChannelInstance open(ChannelContext context) {
        return new WebChatInstance(context);
    }
}
