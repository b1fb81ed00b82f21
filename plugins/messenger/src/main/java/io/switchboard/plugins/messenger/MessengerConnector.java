package io.switchboard.plugins.messenger;

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
 * The Messenger channel over the Messenger Platform: one instance per Facebook Page. A
 * customer is known by their page-scoped id (PSID), which means nothing outside this page,
 * so Messenger contacts have their own address kind.
 */
@Extension
public final class MessengerConnector extends AbstractChannelConnector {

    /** The channel type id. */
    public static final String TYPE_ID = "messenger";
    /** Page-scoped ids: the customer's address on one page. */
    public static final AddressKind PSID = new AddressKind("messenger.psid");
    /** Config key of the page id. */
    public static final String PAGE_ID = "pageId";
    /** The longest text the Send API accepts. */
    public static final int MAX_TEXT_LENGTH = 2000;
    /** The standard messaging window. */
    public static final Duration WINDOW = Duration.ofHours(24);
    /** How long a human agent may still answer with the HUMAN_AGENT tag. */
    public static final Duration HUMAN_AGENT_WINDOW = Duration.ofDays(7);

    private static final ChannelType TYPE = new ChannelType(TYPE_ID, "Messenger", PSID,
            new ChannelCapabilities(IngestMode.PUSH, true, false, true, MAX_TEXT_LENGTH,
                    new ReplyPolicy(WINDOW, HUMAN_AGENT_WINDOW, false, "Messenger allows replies for 24 hours after"
                            + " the customer's last message, and up to 7 days for a human agent (HUMAN_AGENT tag)."),
                    ThreadingMode.BY_CONTACT, false, null));

    private static final ConfigSchema SCHEMA = MetaAccount.schema(
            "A Page access token with the pages_messaging permission.",
            ConfigField.text(PAGE_ID, "Page id").asRequired()
                    .withHelp("The numeric id of the Facebook Page customers write to."));

    /** The extension PF4J instantiates. */
    public MessengerConnector() {
        super(TYPE, SCHEMA);
    }

    @Override
    public List<ConfigProblem> validate(ConfigValues config) {
        return MetaAccount.problems(config, PAGE_ID, "Page id", "1477733579234");
    }

    @Override
    public ChannelInstance open(ChannelContext context) {
        return new MessengerInstance(context);
    }
}
