package io.switchboard.plugins.sms;

import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.ChannelCapabilities;
import io.switchboard.api.channel.AbstractChannelConnector;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.ChannelType;
import io.switchboard.api.channel.IngestMode;
import io.switchboard.api.channel.ReplyPolicy;
import io.switchboard.api.channel.ThreadingMode;
import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigSchema;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.plugins.twilio.TwilioConfig;
import java.util.List;
import org.pf4j.Extension;

/**
 * The SMS channel on Twilio Programmable Messaging. Customers are phone numbers, so an SMS
 * sender is the same contact as their WhatsApp and voice calls. Replies are plain text (Twilio
 * accepts up to 1600 characters and splits them into segments, which the reply box counts).
 */
@Extension
public final class SmsConnector extends AbstractChannelConnector {

    /** The channel type id. */
    public static final String TYPE_ID = "sms";

    /** The longest body Twilio accepts for one message. */
    public static final int MAX_TEXT_LENGTH = 1600;

    private static final ChannelType TYPE = new ChannelType(TYPE_ID, "SMS (Twilio)", AddressKind.PHONE,
            new ChannelCapabilities(IngestMode.PUSH, false, false, false, MAX_TEXT_LENGTH, ReplyPolicy.unlimited(),
                    ThreadingMode.BY_CONTACT, false, null));

    private static final ConfigSchema SCHEMA = new ConfigSchema(TwilioConfig.fields("The Twilio number customers"
            + " text; replies are sent from it. At Twilio, set its 'A message comes in' webhook to this channel's"
            + " webhook URL, HTTP POST."));

    /** The extension PF4J instantiates. */
    public SmsConnector() {
        super(TYPE, SCHEMA);
    }

    @Override
    public List<ConfigProblem> validate(ConfigValues config) {
        return TwilioConfig.validate(config);
    }

    @Override
    public List<String> draftNotes(String text) {
        return DraftNotes.of(text);
    }

    @Override
    public ChannelInstance open(ChannelContext context) {
        return new SmsInstance(context);
    }
}
