package io.switchboard.plugins.messenger;

import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.DeliveryUpdate;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.plugins.meta.LoopbackServer;
import io.switchboard.plugins.meta.LoopbackServer.Reply;
import io.switchboard.plugins.meta.MetaRequests;
import io.switchboard.plugins.meta.MetaTestContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A Messenger instance configured against a loopback fake of the Graph API. */
final class MessengerTestbed implements AutoCloseable {

    static final String APP_SECRET = "ms-app-secret";
    static final String PAGE_ID = "1477733579234";
    static final String PSID = "6677889900112233";
    static final String PAGE_TOKEN = "EAAG-page-token";

    final LoopbackServer graph = LoopbackServer.start();
    final MetaTestContext context = new MetaTestContext(new MessengerConnector().configSchema(), Map.of(
            "appSecret", APP_SECRET, "verifyToken", "ms-verify", "accessToken", PAGE_TOKEN, "pageId", PAGE_ID,
            "baseUrl", graph.baseUrl().toString()));
    final MessengerInstance instance = new MessengerInstance(context);

    MessengerTestbed() {
        graph.reply("GET", "/v23.0/" + PSID, Reply.json(200,
                "{\"first_name\":\"Ada\",\"last_name\":\"Lovelace\",\"id\":\"" + PSID + "\"}"));
    }

    /** A payload from src/test/resources/payloads. */
    static String payload(String name) {
        try (InputStream in = MessengerTestbed.class.getResourceAsStream("/payloads/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Delivers a payload signed as Meta would. */
    WebhookResult receive(String json) {
        return instance.onWebhook(MetaRequests.signed(APP_SECRET, json));
    }

    /** The messages of a signed payload, in order. */
    List<InboundMessage> messagesOf(String json) {
        return receive(json).events().stream().filter(InboundMessage.class::isInstance)
                .map(InboundMessage.class::cast).toList();
    }

    /** The receipts of a signed payload, in order. */
    List<DeliveryUpdate> updatesOf(String json) {
        return receive(json).events().stream().filter(DeliveryUpdate.class::isInstance)
                .map(DeliveryUpdate.class::cast).toList();
    }

    @Override
    public void close() {
        graph.close();
    }
}
