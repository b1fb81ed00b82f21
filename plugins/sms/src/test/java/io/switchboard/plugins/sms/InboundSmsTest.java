package io.switchboard.plugins.sms;

import static io.switchboard.plugins.sms.SmsTestbed.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageKind;
import io.switchboard.plugins.twilio.testing.TestChannelContext;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An incoming SMS or MMS, signed by Twilio, becomes one inbound message from a phone number. */
class InboundSmsTest {

    private final SmsTestbed sms = SmsTestbed.start();

    @AfterEach
    void stop() {
        sms.close();
    }

    private static InboundMessage only(WebhookResult result) {
        assertEquals(1, result.events().size());
        return assertInstanceOf(InboundMessage.class, result.events().get(0));
    }

    @Test
    void aSignedTextMessageBecomesAnInboundMessageFromThePhoneNumber() {
        InboundMessage message = only(sms.signed(SmsTestbed.incoming("SM11111111111111111111111111111111",
                "Where is my parcel?")));

        assertEquals("SM11111111111111111111111111111111", message.externalId());
        assertEquals(Address.phone(SmsTestbed.CUSTOMER), message.from());
        assertEquals("Where is my parcel?", message.text());
        assertEquals(MessageKind.TEXT, message.kind());
        assertEquals(sms.context.clock().instant(), message.sentAt());
        assertEquals(Set.of(), message.flags());
        assertEquals(SmsTestbed.OUR_NUMBER, message.properties().get("to"));
    }

    @Test
    void twilioIsAnsweredWithEmptyTwiml() {
        WebhookResult result = sms.signed(SmsTestbed.incoming("SM1", "hi"));
        assertEquals(200, SmsTestbed.http(result).status());
        assertEquals("text/xml; charset=utf-8", SmsTestbed.http(result).contentType());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>", SmsTestbed.body(result));
    }

    @Test
    void mmsMediaBecomeAttachmentsTwilioKeeps() {
        String media0 = "https://api.twilio.com/2010-04-01/Accounts/" + SmsTestbed.ACCOUNT_SID
                + "/Messages/MM1/Media/ME0000000000000000000000000000000a";
        String media1 = "https://api.twilio.com/2010-04-01/Accounts/" + SmsTestbed.ACCOUNT_SID
                + "/Messages/MM1/Media/ME0000000000000000000000000000000b";
        TwilioWebhook webhook = SmsTestbed.incoming("MM1", "Here is the damage").param("MediaContentType0",
                "image/jpeg").param("MediaUrl0", media0).param("MediaContentType1", "application/pdf")
                .param("MediaUrl1", media1).set("NumMedia", "2");

        InboundMessage message = only(sms.signed(webhook));

        assertEquals(List.of(
                Attachment.atProvider("ME0000000000000000000000000000000a.jpg", "image/jpeg", -1, media0),
                Attachment.atProvider("ME0000000000000000000000000000000b.pdf", "application/pdf", -1, media1)),
                message.attachments());
        assertEquals(MessageKind.TEXT, message.kind(), "text with attachments");
    }

    @Test
    void anMmsWithoutTextIsAMediaMessage() {
        TwilioWebhook webhook = SmsTestbed.incoming("MM2", "").param("MediaContentType0", "image/png")
                .param("MediaUrl0", "https://api.twilio.com/x/Media/ME1").set("NumMedia", "1");
        assertEquals(MessageKind.MEDIA, only(sms.signed(webhook)).kind());
    }

    @Test
    void anAnnouncedMediaUrlThatIsMissingIsABadRequest() {
        assertRefused(400, sms.signed(SmsTestbed.incoming("MM3", "x").set("NumMedia", "1")));
    }

    @Test
    void aMessageWithoutASenderIsABadRequest() {
        TwilioWebhook webhook = TwilioWebhook.to(TestChannelContext.WEBHOOK_URL, "").param("MessageSid", "SM9")
                .param("Body", "hi");
        assertRefused(400, sms.signed(webhook));
    }

    @Test
    void aMissingSignatureIsRefusedAndNothingIsStored() {
        assertRefused(403, sms.instance.onWebhook(SmsTestbed.incoming("SM1", "hi").request(null)));
    }

    @Test
    void aWrongSignatureIsRefusedAndNothingIsStored() {
        TwilioWebhook webhook = SmsTestbed.incoming("SM1", "hi");
        assertRefused(403, sms.instance.onWebhook(webhook.request(webhook.signature("not-the-token"))));
    }

    @Test
    void anUnknownSubPathIsNotFound() {
        assertRefused(404, sms.signed(TwilioWebhook.to(TestChannelContext.WEBHOOK_URL, "/elsewhere")
                .param("MessageSid", "SM1")));
    }

    @Test
    void aRepeatedDeliveryCarriesTheSameProviderIdForTheHostToStoreOnce() {
        InboundMessage first = only(sms.signed(SmsTestbed.incoming("SM5", "again?")));
        InboundMessage second = only(sms.signed(SmsTestbed.incoming("SM5", "again?")));
        assertEquals(first.externalId(), second.externalId());
        assertNull(first.senderName(), "SMS carries no sender name");
    }
}
