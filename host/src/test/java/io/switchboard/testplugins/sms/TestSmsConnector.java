package io.switchboard.testplugins.sms;

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
import io.switchboard.api.config.ConfigSchema;
import io.switchboard.api.config.FieldType;
import java.time.Duration;

/**
 * A phone channel for tests, packaged at test time as a real PF4J plugin zip (see
 * {@code TestPlugins}): SMS-like limits (480 characters, a 24 hour reply window), a config form
 * with a secret, a choice and a phone field, and deliveries that fail for numbers ending in 0000.
 * Depends on plugin-api only, like any third-party plugin.
 */
public final class TestSmsConnector extends AbstractChannelConnector {

    public static final String TYPE_ID = "testsms";
    public static final int MAX_TEXT = 480;

    private static final ChannelType TYPE = new ChannelType(TYPE_ID, "SMS (test)", AddressKind.PHONE,
            new ChannelCapabilities(IngestMode.PUSH, false, false, false, MAX_TEXT,
                    new ReplyPolicy(Duration.ofHours(24), null, false,
                            "Test SMS allows free-form replies for 24 hours after the customer's last message."),
                    ThreadingMode.BY_CONTACT, false, null));

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.text("accountId", "Account ID").asRequired().withHelp("The account at the SMS provider."),
            ConfigField.secretText("apiKey", "API key").withHelp("The key from the provider's console."),
            ConfigField.of("fromNumber", "Sender number", FieldType.PHONE).asRequired(),
            ConfigField.choice("region", "Region", "eu", "us"));

    /** The extension PF4J instantiates. */
    public TestSmsConnector() {
        super(TYPE, SCHEMA);
    }

    @Override
    public ChannelInstance open(ChannelContext context) {
        return new TestSmsInstance(context.clock());
    }
}
