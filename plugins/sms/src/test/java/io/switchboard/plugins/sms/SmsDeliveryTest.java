package io.switchboard.plugins.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.plugins.twilio.testing.FakeTwilio;
import io.switchboard.plugins.twilio.testing.TestChannelContext;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replies go out through Twilio's Messages API; its refusals are classified for the outbox. */
class SmsDeliveryTest {

    private final SmsTestbed sms = SmsTestbed.start();

    @AfterEach
    void stop() {
        sms.close();
    }

    private static OutboundMessage reply(String text) {
        return OutboundMessage.text("42", "7", Address.phone(SmsTestbed.CUSTOMER), text);
    }

    @Test
    void aReplyIsPostedToTheMessagesApiWithTheRightFields() {
        DeliveryResult result = sms.instance.deliver(reply("Your parcel ships today."));

        assertTrue(assertInstanceOf(DeliveryResult.Sent.class, result).externalId().startsWith("SM"));
        FakeTwilio.Received request = sms.twilio.created("Messages").get(0);
        assertEquals(SmsTestbed.CUSTOMER, request.field("To"));
        assertEquals(SmsTestbed.OUR_NUMBER, request.field("From"));
        assertEquals("Your parcel ships today.", request.field("Body"));
        assertEquals(TestChannelContext.WEBHOOK_URL + "/status", request.field("StatusCallback"));
        assertEquals("Basic " + Base64.getEncoder().encodeToString((SmsTestbed.ACCOUNT_SID + ":"
                + SmsTestbed.AUTH_TOKEN).getBytes(java.nio.charset.StandardCharsets.UTF_8)), request.authorization());
    }

    @Test
    void behindAProxyTheStatusCallbackUsesThePublicWebhookUrl() {
        try (SmsTestbed proxied = SmsTestbed.withConfig(Map.of("publicWebhookUrl",
                "https://support.example.com/twilio/sms/"))) {
            proxied.instance.deliver(reply("hi"));
            assertEquals("https://support.example.com/twilio/sms/status",
                    proxied.twilio.created("Messages").get(0).field("StatusCallback"));
        }
    }

    @Test
    void anInvalidNumberFailsPermanentlyWithTwiliosCodeAndMessage() {
        sms.twilio.failNext(400, 21211, "The 'To' number +15551234567 is not a valid phone number.");
        var failed = assertInstanceOf(DeliveryResult.Failed.class, sms.instance.deliver(reply("hi")));
        assertEquals("21211", failed.code());
        assertTrue(failed.reason().contains("is not a valid phone number"), failed.reason());
    }

    @Test
    void twiliosOwnUnsubscribedRefusalFailsPermanently() {
        sms.twilio.failNext(400, 21610, "Attempt to send to unsubscribed recipient");
        assertEquals("21610", assertInstanceOf(DeliveryResult.Failed.class, sms.instance.deliver(reply("hi"))).code());
    }

    @Test
    void aRateLimitIsRetriedAfterTheDelayTwilioAskedFor() {
        sms.twilio.rateLimitNext(30);
        var retry = assertInstanceOf(DeliveryResult.Retry.class, sms.instance.deliver(reply("hi")));
        assertEquals(Duration.ofSeconds(30), retry.retryAfter());
    }

    @Test
    void aServerErrorIsRetried() {
        sms.twilio.failNext(503, 20503, "Service Unavailable");
        assertInstanceOf(DeliveryResult.Retry.class, sms.instance.deliver(reply("hi")));
    }

    @Test
    void wrongCredentialsFailPermanently() {
        try (SmsTestbed wrong = SmsTestbed.withConfig(Map.of("authToken", "expired-token"))) {
            var failed = assertInstanceOf(DeliveryResult.Failed.class, wrong.instance.deliver(reply("hi")));
            assertEquals("20003", failed.code());
        }
    }

    @Test
    void anUnreachableTwilioIsRetried() {
        sms.twilio.close();
        var retry = assertInstanceOf(DeliveryResult.Retry.class, sms.instance.deliver(reply("hi")));
        assertTrue(retry.reason().contains("could not be reached"), retry.reason());
    }

    @Test
    void aRecipientThatIsNotAPhoneNumberFailsWithoutAskingTwilio() {
        var failed = assertInstanceOf(DeliveryResult.Failed.class, sms.instance.deliver(OutboundMessage.text("1",
                "2", Address.email("ada@example.com"), "hi")));
        assertEquals("unsupported-recipient", failed.code());
        assertEquals(0, sms.twilio.received().size());
    }

    @Test
    void mmsMediaAreFetchedFromTwilioWithTheAccountsCredentials() throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
        String url = sms.twilio.addMedia("/2010-04-01/Accounts/" + SmsTestbed.ACCOUNT_SID
                + "/Messages/MM1/Media/ME1", "image/jpeg", jpeg);

        Attachment attachment = sms.instance.fetchAttachment(url).orElseThrow();

        assertEquals(Attachment.ofBytes("ME1.jpg", "image/jpeg", jpeg), attachment);
    }
}
