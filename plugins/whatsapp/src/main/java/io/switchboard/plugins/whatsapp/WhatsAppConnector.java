package io.switchboard.plugins.whatsapp;

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
import io.switchboard.plugins.meta.MetaAccount;
import java.time.Duration;
import java.util.List;
import org.pf4j.Extension;

/**
 * The WhatsApp channel over Meta's WhatsApp Business Cloud API: one instance per business
 * phone number. Customers are phone numbers, so a customer who also texts or calls is the
 * same contact.
 */
@Extension
public final class WhatsAppConnector extends AbstractChannelConnector {

    /** The channel type id. */
    public static final String TYPE_ID = "whatsapp";
    /** Config key of the business phone number id. */
    public static final String PHONE_NUMBER_ID = "phoneNumberId";
    /** The longest text body the Cloud API accepts. */
    public static final int MAX_TEXT_LENGTH = 4096;
    /** WhatsApp's customer service window. */
    public static final Duration WINDOW = Duration.ofHours(24);

    private static final ChannelType TYPE = new ChannelType(TYPE_ID, "WhatsApp", AddressKind.PHONE,
            new ChannelCapabilities(IngestMode.PUSH, true, false, true, MAX_TEXT_LENGTH,
                    new ReplyPolicy(WINDOW, null, true, "WhatsApp allows free-form replies for 24 hours after the"
                            + " customer's last message; after that only approved template messages."),
                    ThreadingMode.BY_CONTACT, false, null));

    private static final ConfigSchema SCHEMA = MetaAccount.schema(
            "A system user access token with the whatsapp_business_messaging permission.",
            ConfigField.text(PHONE_NUMBER_ID, "Phone number id").asRequired()
                    .withHelp("WhatsApp Manager > API Setup: the id of the business phone number (not the number)."));

    /** The extension PF4J instantiates. */
    public WhatsAppConnector() {
        super(TYPE, SCHEMA);
    }

    @Override
    public List<ConfigProblem> validate(ConfigValues config) {
        return MetaAccount.problems(config, PHONE_NUMBER_ID, "Phone number id", "106540352242922");
    }

    @Override
    public ChannelInstance open(ChannelContext context) {
        return new WhatsAppInstance(context);
    }
}
