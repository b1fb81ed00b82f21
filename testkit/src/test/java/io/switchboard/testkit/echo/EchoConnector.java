package io.switchboard.testkit.echo;

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
import io.switchboard.api.config.FieldType;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.pf4j.Extension;

/** Form webhooks {@code id, from, text} in; replies POSTed as plain text to {@code baseUrl/send}. */
@Extension
public final class EchoConnector extends AbstractChannelConnector {

    private static final AddressKind USER = new AddressKind("echo-user");

    public EchoConnector() {
        super(new ChannelType("kit-echo", "Echo (test kit)", USER, new ChannelCapabilities(IngestMode.PUSH, false,
                false, false, 1000, new ReplyPolicy(null, null, false, "Any time."), ThreadingMode.BY_CONTACT, false,
                null)), ConfigSchema.of(ConfigField.of("baseUrl", "Base URL", FieldType.URL).asRequired()));
    }

    @Override
    public ChannelInstance open(ChannelContext context) {
        URI send = URI.create(context.config().require("baseUrl") + "/send");
        return new ChannelInstance() {
            @Override
            public WebhookResult onWebhook(WebhookRequest request) {
                var form = request.form();
                return WebhookResult.accept(List.of(InboundMessage.text(form.get("id").get(0),
                        new Address(USER, form.get("from").get(0)), null, context.clock().instant(),
                        form.get("text").get(0))), WebhookResponse.empty(200));
            }

            @Override
            public DeliveryResult deliver(OutboundMessage message) throws Exception {
                HttpResponse<String> response = context.http().send(HttpRequest.newBuilder(send)
                        .POST(HttpRequest.BodyPublishers.ofString(message.text())).build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? DeliveryResult.sent("echo-" + message.messageId())
                        : DeliveryResult.failed(String.valueOf(response.statusCode()), response.body());
            }
        };
    }
}
