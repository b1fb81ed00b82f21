package io.switchboard.plugins.whatsapp;

import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.DeliveryUpdate;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.plugins.meta.LoopbackServer;
import io.switchboard.plugins.meta.MetaRequests;
import io.switchboard.plugins.meta.MetaTestContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A WhatsApp instance configured against a loopback fake of the Graph API. */
final class WhatsAppTestbed implements AutoCloseable {

    static final String APP_SECRET = "wa-app-secret";
    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String ACCESS_TOKEN = "EAAJB-wa-token";

    final LoopbackServer graph = LoopbackServer.start();
    final MetaTestContext context = new MetaTestContext(new WhatsAppConnector().configSchema(), Map.of(
            "appSecret", APP_SECRET, "verifyToken", "wa-verify", "accessToken", ACCESS_TOKEN,
            "phoneNumberId", PHONE_NUMBER_ID, "baseUrl", graph.baseUrl().toString()));
    final WhatsAppInstance instance = new WhatsAppInstance(context);

    /** A payload from src/test/resources/payloads. */
    static String payload(String name) {
        try (InputStream in = WhatsAppTestbed.class.getResourceAsStream("/payloads/" + name)) {
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

    /** The status updates of a signed payload, in order. */
    List<DeliveryUpdate> updatesOf(String json) {
        return receive(json).events().stream().filter(DeliveryUpdate.class::isInstance)
                .map(DeliveryUpdate.class::cast).toList();
    }

    @Override
    public void close() {
        graph.close();
    }
}
