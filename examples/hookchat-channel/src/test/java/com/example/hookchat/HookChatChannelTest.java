package com.example.hookchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.testkit.RecordingProvider;
import io.switchboard.testkit.StoredConversation;
import io.switchboard.testkit.SwitchboardDesk;
import io.switchboard.testkit.WebhookAnswer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HookChat plugin in a real embedded desk, loaded through PF4J from target/classes. */
class HookChatChannelTest {

    private static final String SECRET = "a-signing-secret-of-some-length";

    @RegisterExtension
    final SwitchboardDesk desk = SwitchboardDesk.fromBuildOutput();

    private String key;

    @BeforeEach
    void createChannel() {
        key = desk.createChannel("hookchat", "Support chat", Map.of("baseUrl", desk.provider().url().toString(),
                "apiToken", "tok-123", "signingSecret", SECRET));
    }

    @Test
    void aSignedMessageIsStoredAsTheCustomersMessage() {
        WebhookAnswer answer = post(form("event", "message", "id", "evt-1", "from", "u-42", "name", "Ada",
                "text", "Where is my order?"));

        assertEquals(204, answer.status(), answer.body());
        StoredConversation conversation = desk.awaitConversation(c -> c.channelKey().equals(key));
        assertEquals("Ada", conversation.contactName());
        assertEquals("u-42", conversation.contactAddress());
        assertEquals("Where is my order?", conversation.messages().get(0).text());
        assertEquals("inbound", conversation.messages().get(0).direction());
    }

    @Test
    void aWebhookWithABadSignatureIsRefusedAndNothingIsStored() {
        String body = form("event", "message", "id", "evt-2", "from", "u-42", "text", "forged");

        WebhookAnswer answer = desk.postWebhook(key, "", "application/x-www-form-urlencoded", utf8(body),
                Map.of("X-HookChat-Signature", "sha256=00"));

        assertEquals(401, answer.status());
        assertTrue(desk.conversations().isEmpty());
    }

    @Test
    void aRetriedWebhookIsStoredOnce() {
        String body = form("event", "message", "id", "evt-3", "from", "u-7", "text", "once");
        post(body);
        post(body);

        assertEquals(1, desk.awaitConversation(c -> true).messages().size());
    }

    @Test
    void aReplyIsDeliveredToHookChatWithTheTokenAndAnIdempotencyKey() {
        post(form("event", "message", "id", "evt-4", "from", "u-9", "text", "hello"));
        long conversation = desk.awaitConversation(c -> true).id();
        desk.provider().answerNext(201, "application/json", "{\"id\":\"out-77\"}");

        long reply = desk.reply(conversation, "Hi! It ships today.");

        StoredConversation.StoredMessage sent = desk.awaitReplyStatus(conversation, reply, "sent");
        assertEquals("out-77", sent.externalId());
        RecordingProvider.Request request = desk.provider().awaitRequests(1).get(0);
        assertEquals("/v1/messages", request.path());
        assertEquals("Bearer tok-123", request.header("Authorization"));
        assertEquals(String.valueOf(reply), request.header("Idempotency-Key"));
        assertEquals("{\"to\":\"u-9\",\"text\":\"Hi! It ships today.\"}", request.bodyText());
    }

    @Test
    void aRefusedReplyFailsWithHookChatsReason() {
        post(form("event", "message", "id", "evt-5", "from", "u-5", "text", "hi"));
        long conversation = desk.awaitConversation(c -> true).id();
        desk.provider().answerNext(400, "application/json", "{\"error\":\"unknown recipient\"}");

        long reply = desk.reply(conversation, "Hello?");

        assertTrue(desk.awaitReplyStatus(conversation, reply, "failed").statusReason().contains("unknown recipient"));
    }

    @Test
    void aDeliveryReceiptMovesTheReplyToDelivered() {
        post(form("event", "message", "id", "evt-6", "from", "u-6", "text", "hi"));
        long conversation = desk.awaitConversation(c -> true).id();
        desk.provider().answerNext(201, "application/json", "{\"id\":\"out-6\"}");
        long reply = desk.reply(conversation, "On its way");
        desk.awaitReplyStatus(conversation, reply, "sent");

        assertEquals(204, post(form("event", "status", "id", "out-6", "status", "delivered")).status());

        desk.awaitReplyStatus(conversation, reply, "delivered");
    }

    @Test
    void theSigningSecretMustBeLongEnough() {
        AssertionError refused = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> desk.createChannel("hookchat", "Weak", Map.of("apiToken", "t", "signingSecret", "short")));
        assertTrue(refused.getMessage().contains("at least 16 characters"), refused.getMessage());
    }

    private WebhookAnswer post(String body) {
        return desk.postWebhook(key, "", "application/x-www-form-urlencoded", utf8(body),
                Map.of("X-HookChat-Signature", new WebhookSignature(SECRET).sign(utf8(body))));
    }

    private static String form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
