package io.switchboard.plugins.voice;

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
import io.switchboard.plugins.twilio.TwilioConfig;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * The voice channel on Twilio Programmable Voice. Callers are phone numbers, so a caller is the
 * same contact as their SMS and WhatsApp messages; each call is one entry in the caller's
 * conversation, and agents call customers back through the desk.
 */
@Extension
public final class VoiceConnector extends AbstractChannelConnector {

    /** The channel type id. */
    public static final String TYPE_ID = "voice";

    private static final ChannelType TYPE = new ChannelType(TYPE_ID, "Voice (Twilio)", AddressKind.PHONE,
            new ChannelCapabilities(IngestMode.PUSH, true, false, false, 0, ReplyPolicy.unlimited(),
                    ThreadingMode.BY_CONTACT, true, null));

    private static final ConfigSchema SCHEMA = schema();

    private static ConfigSchema schema() {
        List<ConfigField> fields = new ArrayList<>(TwilioConfig.fields("The Twilio number customers call, and the"
                + " caller id of callbacks. At Twilio, set its 'A call comes in' webhook to this channel's webhook URL"
                + " and its 'Call status changes' callback to that URL followed by /status, both HTTP POST."));
        fields.addAll(VoiceSettings.fields());
        return new ConfigSchema(fields);
    }

    /** The extension PF4J instantiates. */
    public VoiceConnector() {
        super(TYPE, SCHEMA);
    }

    @Override
    public List<ConfigProblem> validate(ConfigValues config) {
        return VoiceSettings.validate(config);
    }

    @Override
    public ChannelInstance open(ChannelContext context) {
        return new VoiceInstance(context);
    }
}
