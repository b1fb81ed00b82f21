package io.switchboard.host.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.FakeGraphApi;
import io.switchboard.host.testing.MetaWebhookSender;
import io.switchboard.host.testing.TestDesk;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Messenger channel end to end: created over the REST API, signed Page webhooks in the
 * inbox with the customer's profile name, replies through the Send API as RESPONSE within 24
 * hours and with the HUMAN_AGENT tag up to 7 days. The real plugin zip is loaded through PF4J.
 */
class MessengerEndToEndTest {

    private static final String APP_SECRET = "ms-e2e-app-secret";
    private static final String PAGE_ID = "1477733579234";

    @RegisterExtension
    static final MetaDesk meta = new MetaDesk();
    private static MetaWebhookSender webhook;

    @BeforeAll
    static void createChannel() {
        meta.createChannel("messenger", "fb-shop", Map.of("appSecret", APP_SECRET, "verifyToken", "ms-e2e-verify",
                "accessToken", "EAAG-e2e-page-token", "pageId", PAGE_ID));
        webhook = new MetaWebhookSender(meta.desk, "fb-shop");
    }

    @Test
    void metaVerifiesTheWebhookUrlWithTheVerifyToken() {
        ApiResponse verified = webhook.verify("ms-e2e-verify", "CHALLENGE_ACCEPTED");
        assertEquals(200, verified.status());
        assertEquals("CHALLENGE_ACCEPTED", verified.body());
        assertEquals(403, webhook.verify("guessed", "CHALLENGE_ACCEPTED").status());
    }

    @Test
    void aSignedMessageShowsUpAsThePageScopedContactWithTheProfileName() {
        meta.graph.profile("7001", "Ada", "Lovelace");
        assertEquals(200, webhook.post(APP_SECRET, MessengerPayloads.text(PAGE_ID, "7001", "m_e2e_hello",
                "Where is my order?", now())).status());

        JsonObject conversation = meta.conversationOf("messenger", "7001");
        assertEquals("Ada Lovelace", conversation.getAsJsonObject("contact").get("name").getAsString());
        assertEquals("Where is my order?", conversation.get("preview").getAsString());
        long contactId = conversation.getAsJsonObject("contact").get("id").getAsLong();
        assertEquals("messenger.psid", meta.get("/api/v1/contacts/" + contactId).json()
                .getAsJsonObject("contact").getAsJsonArray("identities").get(0).getAsJsonObject().get("kind")
                .getAsString());
    }

    @Test
    void aWronglySignedPayloadIsRefusedAndStoresNothing() {
        String payload = MessengerPayloads.text(PAGE_ID, "7002", "m_e2e_forged", "forged", now());
        ApiResponse refused = webhook.postWithSignature(payload, "sha256=" + "0".repeat(64));
        assertEquals(401, webhook.post("not-the-secret", payload).status());
        assertEquals(401, refused.status());
        assertFalse(meta.get("/api/v1/conversations?channel=messenger&limit=100").body().contains("\"7002\""));
    }

    @Test
    void aPayloadMetaDeliversTwiceIsStoredOnce() {
        String payload = MessengerPayloads.text(PAGE_ID, "7003", "m_e2e_twice", "once", now());
        webhook.post(APP_SECRET, payload);
        webhook.post(APP_SECRET, payload);
        assertEquals(1, meta.messages(meta.conversationOf("messenger", "7003").get("id").getAsLong()).size());
    }

    @Test
    void aReplyWithin24HoursReachesTheSendApiAsAResponse() {
        long conversation = customerWrites("7004");

        meta.reply(conversation, Map.of("text", "It left the warehouse today."));

        FakeGraphApi.Request send = awaitSendTo("7004");
        assertEquals("/v23.0/me/messages", send.path());
        assertEquals("Bearer EAAG-e2e-page-token", send.header("Authorization"));
        assertEquals(JsonParser.parseString("{\"recipient\":{\"id\":\"7004\"},\"messaging_type\":\"RESPONSE\","
                + "\"message\":{\"text\":\"It left the warehouse today.\"}}"), send.json());
        TestDesk.await("the reply is sent", () -> "sent".equals(statusOf(conversation)));
    }

    @Test
    void aReplyBetween24HoursAnd7DaysCarriesTheHumanAgentTag() {
        long conversation = customerWrites("7005");
        meta.clock.advance(Duration.ofDays(3));

        assertEquals(202, meta.reply(conversation, Map.of("text", "Sorry for the late answer.")).status());

        assertEquals(JsonParser.parseString("{\"recipient\":{\"id\":\"7005\"},\"messaging_type\":\"MESSAGE_TAG\","
                + "\"tag\":\"HUMAN_AGENT\",\"message\":{\"text\":\"Sorry for the late answer.\"}}"),
                awaitSendTo("7005").json());
    }

    @Test
    void aReplyAfter7DaysIsRefusedAndNoTemplateCanBeSentInstead() {
        long conversation = customerWrites("7006");
        Instant wrote = meta.clock.instant();
        meta.clock.advance(Duration.ofDays(8));

        ApiResponse refused = meta.reply(conversation, Map.of("text", "Still there?"));
        assertEquals(422, refused.status());
        assertEquals(wrote.plus(Duration.ofDays(7)), Instant.parse(refused.json().get("windowClosedAt").getAsString()));
        assertFalse(refused.json().get("templatesAllowed").getAsBoolean());

        ApiResponse template = meta.reply(conversation, Map.of("template", Map.of("name", "order_update",
                "language", "en_US", "parameters", List.of("A1"))));
        assertEquals(422, template.status());
        assertEquals("Templates not supported", template.json().get("title").getAsString());
    }

    @Test
    void deliveryAndReadReceiptsUpdateTheReply() {
        long conversation = customerWrites("7007");
        meta.reply(conversation, Map.of("text", "Here you go"));
        TestDesk.await("the reply is sent", () -> "sent".equals(statusOf(conversation)));
        String mid = meta.lastMessage(conversation).get("externalId").getAsString();

        webhook.post(APP_SECRET, MessengerPayloads.delivery(PAGE_ID, "7007", mid, now()));
        assertEquals("delivered", statusOf(conversation));
        webhook.post(APP_SECRET, MessengerPayloads.read(PAGE_ID, "7007", now() + 1000));
        assertEquals("read", statusOf(conversation));
    }

    private static long customerWrites(String psid) {
        meta.graph.profile(psid, "Customer", psid);
        webhook.post(APP_SECRET, MessengerPayloads.text(PAGE_ID, psid, "m_e2e_" + psid, "Hello", now()));
        return meta.conversationOf("messenger", psid).get("id").getAsLong();
    }

    private static long now() {
        return meta.clock.instant().toEpochMilli();
    }

    private static String statusOf(long conversation) {
        return meta.lastMessage(conversation).get("status").getAsString();
    }

    private static FakeGraphApi.Request awaitSendTo(String psid) {
        String recipient = "\"recipient\":{\"id\":\"" + psid + "\"}";
        TestDesk.await("a send to " + psid, () -> meta.graph.sends().stream()
                .anyMatch(r -> r.body().contains(recipient)));
        return meta.graph.sends().stream().filter(r -> r.body().contains(recipient)).findFirst().orElseThrow();
    }
}
