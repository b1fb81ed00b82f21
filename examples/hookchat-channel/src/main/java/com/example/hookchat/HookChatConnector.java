package com.example.hookchat;

import io.switchboard.api.channel.AbstractChannelConnector;
import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.ChannelCapabilities;
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
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * The HookChat channel type: what it can do, the form an admin fills in, and how one configured
 * account is opened. PF4J finds it through {@code @Extension} (its annotation processor writes
 * META-INF/extensions.idx at compile time).
 */
@Extension
public final class HookChatConnector extends AbstractChannelConnector {

    static final AddressKind HOOKCHAT_USER = new AddressKind("hookchat");

    private static final ChannelType TYPE = new ChannelType("hookchat", "HookChat", HOOKCHAT_USER,
            new ChannelCapabilities(IngestMode.PUSH, true, false, false, 4000,
                    new ReplyPolicy(null, null, false, "HookChat takes replies at any time."),
                    ThreadingMode.BY_CONTACT, false, null));

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.of("baseUrl", "API base URL", FieldType.URL).withDefault("https://api.hookchat.example")
                    .withHelp("Where replies are sent; tests point it at a local stand-in."),
            ConfigField.secretText("apiToken", "API token").asRequired()
                    .withHelp("From HookChat's console: Settings, API tokens."),
            ConfigField.secretText("signingSecret", "Webhook signing secret").asRequired()
                    .withHelp("HookChat signs every webhook with it (X-HookChat-Signature)."));

    /** PF4J creates the extension with this constructor. */
    public HookChatConnector() {
        super(TYPE, SCHEMA);
    }

    /** Checks beyond the schema's own (required fields, URL syntax). */
    @Override
    public List<ConfigProblem> validate(ConfigValues config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (config.get("signingSecret").map(String::length).orElse(0) < 16) {
            problems.add(new ConfigProblem("signingSecret", "the signing secret is at least 16 characters"));
        }
        return problems;
    }

    @Override
    public ChannelInstance open(ChannelContext context) {
        return new HookChatInstance(context);
    }
}
