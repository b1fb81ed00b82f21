package io.switchboard.host.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.plugins.twilio.testing.FakeTwilio;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SMS plugin zip loaded through PF4J in a real desk, against a loopback fake Twilio: signed
 * webhooks in, replies out through the Messages API, status callbacks, opt-out, segment counts.
 */
class SmsEndToEndTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static final TwilioDesk twilio = new TwilioDesk(desk);
    private static final AtomicInteger CUSTOMERS = new AtomicInteger(1000);

    private final String key = twilio.createSms();
    private final String customer = "+1555123" + CUSTOMERS.incrementAndGet();

    @AfterAll
    static void stopTwilio() {
        twilio.close();
    }

    private ApiResponse textFromCustomer(String messageSid, String body) {
        return twilio.signed(twilio.requests(key).incomingSms(messageSid, customer, TwilioDesk.SMS_NUMBER, body));
    }

    private long conversationId() {
        return twilio.conversationOn(key, customer).get("id").getAsLong();
    }

    private JsonArray messages() {
        return twilio.detail(conversationId()).getAsJsonArray("messages");
    }

    private JsonObject lastMessage() {
        JsonArray messages = messages();
        return messages.get(messages.size() - 1).getAsJsonObject();
    }

    private long reply(String text) {
        ApiResponse reply = desk.post("/api/v1/conversations/" + conversationId() + "/replies", Map.of("text", text));
        assertEquals(202, reply.status(), reply.body());
        return reply.json().get("id").getAsLong();
    }

    private FakeTwilio.Received sentTo(String number) {
        TestDesk.await("the reply reaches Twilio", () -> twilio.twilio.created("Messages").stream()
                .anyMatch(r -> number.equals(r.field("To"))));
        return twilio.twilio.created("Messages").stream().filter(r -> number.equals(r.field("To"))).reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void aSignedInboundSmsIsInTheInboxFromThePhoneNumbersContact() {
        ApiResponse answer = textFromCustomer("SM" + "a".repeat(32), "Where is my order?");

        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("text/xml"), answer.contentType());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", answer.body());
        JsonObject conversation = twilio.conversationOn(key, customer);
        assertEquals("Where is my order?", conversation.get("preview").getAsString());
        assertEquals("sms", conversation.getAsJsonObject("channel").get("type").getAsString());
        assertEquals("open", conversation.get("status").getAsString());
    }

    @Test
    void aDuplicateDeliveryOfTheSameMessageIsStoredOnce() {
        textFromCustomer("SM" + "b".repeat(32), "Hello?");
        assertEquals(200, textFromCustomer("SM" + "b".repeat(32), "Hello?").status());
        assertEquals(1, messages().size());
    }

    @Test
    void anInvalidSignatureIsRefusedWith403AndNothingIsStored() {
        TwilioWebhook forged = twilio.requests(key).incomingSms("SM" + "c".repeat(32), customer,
                TwilioDesk.SMS_NUMBER, "forged");
        ApiResponse refused = twilio.withSignature(forged, forged.signature("not-the-auth-token"));

        assertEquals(403, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(0, twilio.conversationsWith(customer).size());
    }

    @Test
    void aMissingSignatureIsRefusedWith403AndNothingIsStored() {
        ApiResponse refused = twilio.withSignature(twilio.requests(key).incomingSms("SM" + "d".repeat(32), customer,
                TwilioDesk.SMS_NUMBER, "unsigned"), null);
        assertEquals(403, refused.status());
        assertEquals(0, twilio.conversationsWith(customer).size());
    }

    @Test
    void anAgentReplyReachesTwilioWithToFromBodyAndStatusCallback() {
        textFromCustomer("SM" + "e".repeat(32), "Can you help?");
        long messageId = reply("Of course — what's your order number?");

        FakeTwilio.Received sent = sentTo(customer);
        assertEquals(TwilioDesk.SMS_NUMBER, sent.field("From"));
        assertEquals("Of course — what's your order number?", sent.field("Body"));
        assertEquals(desk.url("/webhooks/" + key + "/status").toString(), sent.field("StatusCallback"));
        TestDesk.await("the reply is marked sent", () -> "sent".equals(lastMessage().get("status").getAsString()));
        assertEquals(messageId, lastMessage().get("id").getAsLong());
        assertTrue(lastMessage().get("externalId").getAsString().startsWith("SM"));
    }

    @Test
    void aStatusCallbackMarksTheReplyDelivered() {
        textFromCustomer("SM" + "f".repeat(32), "Thanks");
        reply("You're welcome");
        sentTo(customer);
        TestDesk.await("the reply is sent", () -> "sent".equals(lastMessage().get("status").getAsString()));
        String sid = lastMessage().get("externalId").getAsString();

        ApiResponse ack = twilio.signed(twilio.requests(key).messageStatus(sid, "delivered", TwilioDesk.SMS_NUMBER,
                customer));

        assertEquals(204, ack.status(), ack.body());
        assertEquals("delivered", lastMessage().get("status").getAsString());
    }

    @Test
    void anUndeliveredCallbackMarksTheReplyFailedWithTwiliosReason() {
        textFromCustomer("SM" + "1".repeat(32), "Ping");
        reply("Pong");
        sentTo(customer);
        TestDesk.await("the reply is sent", () -> "sent".equals(lastMessage().get("status").getAsString()));
        String sid = lastMessage().get("externalId").getAsString();

        twilio.signed(twilio.requests(key).messageStatus(sid, "undelivered", TwilioDesk.SMS_NUMBER, customer)
                .param("ErrorCode", "30003"));

        JsonObject failed = lastMessage();
        assertEquals("failed", failed.get("status").getAsString());
        assertTrue(failed.get("statusReason").getAsString().contains("30003: the destination handset is unreachable"),
                failed.toString());
    }

    @Test
    void aReplyToACustomerWhoTextedStopFailsWithTheReason() {
        textFromCustomer("SM" + "2".repeat(32), "STOP");
        reply("Are you sure?");

        TestDesk.await("the reply fails", () -> "failed".equals(lastMessage().get("status").getAsString()));
        String reason = lastMessage().get("statusReason").getAsString();
        assertTrue(reason.startsWith("21610: not sent: the customer replied STOP on "), reason);
        assertTrue(reason.endsWith("they must text START before you can message them"), reason);
        assertTrue(twilio.twilio.created("Messages").stream().noneMatch(r -> customer.equals(r.field("To"))),
                "Twilio is not asked");
    }

    @Test
    void mmsMediaAreListedAsAttachments() {
        String media = twilio.twilio.addMedia("/2010-04-01/Accounts/" + TwilioDesk.ACCOUNT_SID
                + "/Messages/MM1/Media/ME1", "image/jpeg", new byte[] {1, 2, 3});
        twilio.signed(twilio.requests(key).incomingSms("MM" + "3".repeat(32), customer, TwilioDesk.SMS_NUMBER,
                "Photo of the damage").set("NumMedia", "1").param("MediaUrl0", media)
                .param("MediaContentType0", "image/jpeg"));

        JsonArray attachments = lastMessage().getAsJsonArray("attachments");
        assertEquals(1, attachments.size());
        assertEquals("ME1.jpg", attachments.get(0).getAsJsonObject().get("filename").getAsString());
        assertEquals("image/jpeg", attachments.get(0).getAsJsonObject().get("contentType").getAsString());
    }

    @Test
    void theReplyBoxIsToldTheSegmentCountBeforeSending() {
        textFromCustomer("SM" + "4".repeat(32), "Hi");
        ApiResponse notes = desk.post("/api/v1/conversations/" + conversationId() + "/draft-notes",
                Map.of("text", "It’s on its way"));

        assertEquals(200, notes.status(), notes.body());
        List<String> shown = notes.json().getAsJsonArray("notes").asList().stream().map(n -> n.getAsString())
                .toList();
        assertEquals(List.of("1 SMS segment (UCS-2, 15 of 70 characters)", "Not in the GSM alphabet, so the message is"
                + " sent as UCS-2 (70 characters per message instead of 160): ’"), shown);
    }
}
