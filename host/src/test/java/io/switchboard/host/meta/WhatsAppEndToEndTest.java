package io.switchboard.host.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.FakeGraphApi;
import io.switchboard.host.testing.MetaWebhookSender;
import io.switchboard.host.testing.TestDesk;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The WhatsApp channel end to end: an admin creates it over the REST API, Meta's signed
 * webhooks land in the inbox as the right contact, and replies reach a fake Graph API in
 * exactly the Cloud API's format. The real plugin zip is loaded through PF4J.
 */
class WhatsAppEndToEndTest {

    private static final String APP_SECRET = "wa-e2e-app-secret";
    private static final String PHONE_NUMBER_ID = "106540352242922";

    @RegisterExtension
    static final MetaDesk meta = new MetaDesk();
    private static MetaWebhookSender webhook;

    @BeforeAll
    static void createChannel() {
        meta.createChannel("whatsapp", "wa-shop", Map.of("appSecret", APP_SECRET, "verifyToken", "wa-e2e-verify",
                "accessToken", "EAAJB-e2e-token", "phoneNumberId", PHONE_NUMBER_ID));
        webhook = new MetaWebhookSender(meta.desk, "wa-shop");
    }

    @Test
    void metaVerifiesTheWebhookUrlWithTheVerifyToken() {
        ApiResponse verified = webhook.verify("wa-e2e-verify", "1158201444");
        assertEquals(200, verified.status());
        assertEquals("1158201444", verified.body());
        assertEquals(403, webhook.verify("guessed", "1158201444").status());
    }

    @Test
    void aSignedMessageShowsUpInTheInboxAsThePhoneContactWithItsProfileName() {
        assertEquals(200, webhook.post(APP_SECRET, WhatsAppPayloads.text(PHONE_NUMBER_ID, "16505550101",
                "Sheena Nelson", "wamid.e2e-hello", "Does it come in blue?")).status());

        JsonObject conversation = meta.conversationOf("whatsapp", "+16505550101");
        assertEquals("Sheena Nelson", conversation.getAsJsonObject("contact").get("name").getAsString());
        assertEquals("Does it come in blue?", conversation.get("preview").getAsString());
    }

    @Test
    void theWaIdBecomesAnE164PhoneIdentitySoSmsAndVoiceFromTheSameNumberJoinTheContact() {
        webhook.post(APP_SECRET, WhatsAppPayloads.text(PHONE_NUMBER_ID, "447700900123", "Ada", "wamid.e2e-uk", "hi"));

        long contactId = meta.conversationOf("whatsapp", "+447700900123").getAsJsonObject("contact").get("id")
                .getAsLong();
        JsonObject identity = meta.get("/api/v1/contacts/" + contactId).json().getAsJsonObject("contact")
                .getAsJsonArray("identities").get(0).getAsJsonObject();
        assertEquals("phone", identity.get("kind").getAsString());
        assertEquals("+447700900123", identity.get("address").getAsString());
    }

    @Test
    void aPayloadSignedWithAnotherSecretIsRefusedAndStoresNothing() {
        ApiResponse refused = webhook.post("not-the-app-secret", WhatsAppPayloads.text(PHONE_NUMBER_ID, "16505550102",
                "Mallory", "wamid.e2e-forged", "forged"));
        ApiResponse unsigned = webhook.postWithSignature(WhatsAppPayloads.text(PHONE_NUMBER_ID, "16505550102", "Mallory",
                "wamid.e2e-forged", "forged"), null);

        assertEquals(401, refused.status());
        assertEquals(401, unsigned.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals(0, meta.get("/api/v1/conversations?channel=whatsapp&limit=100").body().split("\\+16505550102",
                -1).length - 1);
    }

    @Test
    void aPayloadMetaDeliversTwiceIsStoredOnce() {
        String payload = WhatsAppPayloads.text(PHONE_NUMBER_ID, "16505550103", "Bo", "wamid.e2e-twice", "once");
        webhook.post(APP_SECRET, payload);
        webhook.post(APP_SECRET, payload);

        assertEquals(1, meta.messages(meta.conversationOf("whatsapp", "+16505550103").get("id").getAsLong()).size());
    }

    @Test
    void anUnknownMessageTypeIsStoredWithTheRestOfItsBatch() {
        webhook.post(APP_SECRET, WhatsAppPayloads.messages(PHONE_NUMBER_ID, "16505550104", "Cy",
                "{\"from\":\"16505550104\",\"id\":\"wamid.e2e-a\",\"timestamp\":\"1749416400\",\"type\":\"text\","
                        + "\"text\":{\"body\":\"first\"}}",
                "{\"from\":\"16505550104\",\"id\":\"wamid.e2e-b\",\"timestamp\":\"1749416401\",\"type\":\"hologram\","
                        + "\"hologram\":{}}",
                "{\"from\":\"16505550104\",\"id\":\"wamid.e2e-c\",\"timestamp\":\"1749416402\",\"type\":\"text\","
                        + "\"text\":{\"body\":\"third\"}}"));

        var messages = meta.messages(meta.conversationOf("whatsapp", "+16505550104").get("id").getAsLong());
        assertEquals(List.of("text", "other", "text"), messages.asList().stream()
                .map(m -> m.getAsJsonObject().get("kind").getAsString()).toList());
    }

    @Test
    void theAgentsReplyReachesTheGraphApiInTheCloudApiFormatAndIsMarkedSent() {
        long conversation = customerWrites("16505550105", "wamid.e2e-q");

        assertEquals(202, meta.reply(conversation, Map.of("text", "Yes, in navy blue.")).status());

        FakeGraphApi.Request send = awaitSendTo("+16505550105");
        assertEquals("/v23.0/" + PHONE_NUMBER_ID + "/messages", send.path());
        assertEquals("Bearer EAAJB-e2e-token", send.header("Authorization"));
        assertEquals(JsonParser.parseString("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
                + "\"to\":\"+16505550105\",\"type\":\"text\",\"text\":{\"preview_url\":false,"
                + "\"body\":\"Yes, in navy blue.\"}}"), send.json());
        TestDesk.await("the reply is sent", () -> "sent".equals(statusOf(conversation)));
    }

    @Test
    void statusWebhooksMoveTheReplyToDeliveredReadOrFailed() {
        long conversation = customerWrites("16505550106", "wamid.e2e-s");
        meta.reply(conversation, Map.of("text", "On its way"));
        TestDesk.await("the reply is sent", () -> "sent".equals(statusOf(conversation)));
        String wamid = meta.lastMessage(conversation).get("externalId").getAsString();

        webhook.post(APP_SECRET, WhatsAppPayloads.status(PHONE_NUMBER_ID, wamid, "delivered", "16505550106", null));
        assertEquals("delivered", statusOf(conversation));
        webhook.post(APP_SECRET, WhatsAppPayloads.status(PHONE_NUMBER_ID, wamid, "read", "16505550106", null));
        assertEquals("read", statusOf(conversation));

        meta.reply(conversation, Map.of("text", "Anything else?"));
        TestDesk.await("the second reply is sent", () -> "sent".equals(statusOf(conversation)));
        String second = meta.lastMessage(conversation).get("externalId").getAsString();
        webhook.post(APP_SECRET, WhatsAppPayloads.status(PHONE_NUMBER_ID, second, "failed", "16505550106",
                "[{\"code\":131026,\"title\":\"Message undeliverable\",\"message\":\"Message undeliverable\","
                        + "\"error_data\":{\"details\":\"Message Undeliverable.\"}}]"));
        assertEquals("failed", statusOf(conversation));
        assertEquals("131026: Message undeliverable", meta.lastMessage(conversation).get("statusReason").getAsString());
    }

    @Test
    void aFreeFormReplyAfter24HoursIsRefusedSayingWhenTheWindowClosedAndThatTemplatesAreAllowed() {
        long conversation = customerWrites("16505550107", "wamid.e2e-old");
        Instant wrote = meta.clock.instant();
        meta.clock.advance(Duration.ofHours(25));

        ApiResponse refused = meta.reply(conversation, Map.of("text", "Sorry for the wait!"));

        assertEquals(422, refused.status(), refused.body());
        assertEquals("Reply window closed", refused.json().get("title").getAsString());
        assertEquals(wrote.plus(Duration.ofHours(24)), Instant.parse(refused.json().get("windowClosedAt").getAsString()));
        assertTrue(refused.json().get("templatesAllowed").getAsBoolean());
        assertTrue(refused.json().get("detail").getAsString().contains("Only approved template messages"));
    }

    @Test
    void aTemplateReplyIsAllowedOutsideTheWindowAndReachesTheGraphApiAsATemplate() {
        long conversation = customerWrites("16505550108", "wamid.e2e-tpl");
        meta.clock.advance(Duration.ofDays(3));

        ApiResponse accepted = meta.reply(conversation, Map.of("template", Map.of("name", "order_update",
                "language", "en_US", "parameters", List.of("A123", "tomorrow"))));

        assertEquals(202, accepted.status(), accepted.body());
        assertEquals("[template order_update (en_US): A123, tomorrow]", accepted.json().get("text").getAsString());
        assertEquals("order_update", accepted.json().getAsJsonObject("template").get("name").getAsString());
        assertEquals(JsonParser.parseString("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
                + "\"to\":\"+16505550108\",\"type\":\"template\",\"template\":{\"name\":\"order_update\","
                + "\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":\"body\",\"parameters\":["
                + "{\"type\":\"text\",\"text\":\"A123\"},{\"type\":\"text\",\"text\":\"tomorrow\"}]}]}}"),
                awaitSendTo("+16505550108").json());
    }

    @Test
    void anAgentOpensTheCustomersPhotoThroughTheDesk() throws Exception {
        meta.graph.media("1003383421387256", new byte[] {(byte) 0xFF, (byte) 0xD8, 42});
        webhook.post(APP_SECRET, WhatsAppPayloads.image(PHONE_NUMBER_ID, "16505550109", "Di", "wamid.e2e-img",
                "1003383421387256"));
        JsonObject photo = meta.lastMessage(meta.conversationOf("whatsapp", "+16505550109").get("id").getAsLong());
        assertEquals("media", photo.get("kind").getAsString());
        long attachmentId = photo.getAsJsonArray("attachments").get(0).getAsJsonObject().get("id").getAsLong();

        HttpResponse<byte[]> file = meta.desk.http().send(HttpRequest.newBuilder(
                        meta.desk.url("/api/v1/attachments/" + attachmentId))
                .header("Authorization", "Bearer " + meta.token()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, file.statusCode());
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8, 42}, file.body());
        assertEquals("image/jpeg", file.headers().firstValue("content-type").orElse(""));
    }

    private static long customerWrites(String waId, String wamid) {
        webhook.post(APP_SECRET, WhatsAppPayloads.text(PHONE_NUMBER_ID, waId, "Customer " + waId, wamid, "Hello"));
        return meta.conversationOf("whatsapp", "+" + waId).get("id").getAsLong();
    }

    private static String statusOf(long conversation) {
        return meta.lastMessage(conversation).get("status").getAsString();
    }

    private static FakeGraphApi.Request awaitSendTo(String to) {
        TestDesk.await("a send to " + to, () -> meta.graph.sends().stream().anyMatch(r -> r.body().contains(to)));
        return meta.graph.sends().stream().filter(r -> r.body().contains(to)).findFirst().orElseThrow();
    }
}
