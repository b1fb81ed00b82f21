package io.switchboard.testplugins.faulty;

import io.switchboard.api.channel.AbstractChannelConnector;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.ChannelCapabilities;
import io.switchboard.api.channel.ChannelContext;
import io.switchboard.api.channel.ChannelInstance;
import io.switchboard.api.channel.ChannelType;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.IngestMode;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.ReplyPolicy;
import io.switchboard.api.channel.ThreadingMode;
import io.switchboard.api.channel.WebhookRequest;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigSchema;
import java.util.List;

/**
 * A channel that misbehaves on purpose, packaged as a real PF4J zip for the fault isolation
 * tests: the webhook's {@code mode} query parameter makes it throw, hang, or return null;
 * otherwise it takes form fields {@code from, text, id} as a message.
 */
public final class FaultyConnector extends AbstractChannelConnector {

    public static final String TYPE_ID = "faulty";
    private static final AddressKind FAULTY_ADDRESS = new AddressKind("faulty-user");

    private static final ChannelType TYPE = new ChannelType(TYPE_ID, "Faulty (test)", FAULTY_ADDRESS,
            new ChannelCapabilities(IngestMode.PUSH, false, false, false, 1000,
                    new ReplyPolicy(null, null, false, "Replies any time."), ThreadingMode.BY_CONTACT, false, null));

    public FaultyConnector() {
        super(TYPE, ConfigSchema.of(ConfigField.text("label", "Label")));
    }

    /** A label of {@code throw} makes validation throw. */
    @Override
    public List<io.switchboard.api.config.ConfigProblem> validate(io.switchboard.api.config.ConfigValues config) {
        if (config.get("label").filter("throw"::equals).isPresent()) {
            throw new IllegalStateException("validation blew up");
        }
        return List.of();
    }

    @Override
    public ChannelInstance open(ChannelContext context) {
        return new ChannelInstance() {
            @Override
            public WebhookResult onWebhook(WebhookRequest request) {
                String mode = request.query().getOrDefault("mode", List.of("ok")).get(0);
                switch (mode) {
                    case "throw" -> throw new IllegalStateException("the faulty plugin throws as asked");
                    case "null" -> {
                        return null;
                    }
                    case "hang" -> {
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return WebhookResult.respond(WebhookResponse.empty(200));
                    }
                    default -> {
                        var form = request.form();
                        return WebhookResult.accept(List.of(InboundMessage.text(form.get("id").get(0),
                                new Address(FAULTY_ADDRESS, form.get("from").get(0)), null,
                                context.clock().instant(), form.get("text").get(0))), WebhookResponse.empty(200));
                    }
                }
            }

            @Override
            public DeliveryResult deliver(OutboundMessage message) {
                return DeliveryResult.sent("faulty-" + message.messageId());
            }
        };
    }
}
