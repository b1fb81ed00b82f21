package io.switchboard.plugins.whatsapp;

import static io.switchboard.plugins.whatsapp.WhatsAppTestbed.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every message type of a real-shaped payload becomes the right timeline item. */
class InboundMessagesTest {

    private final WhatsAppTestbed bed = new WhatsAppTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aTextComesFromTheWaIdAsAnE164PhoneWithTheProfileName() {
        InboundMessage message = bed.messagesOf(payload("text.json")).get(0);
        assertEquals("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", message.externalId());
        assertEquals(Address.phone("+16505551234"), message.from());
        assertEquals("Sheena Nelson", message.senderName());
        assertEquals(Instant.ofEpochSecond(1749416383), message.sentAt());
        assertEquals(MessageKind.TEXT, message.kind());
        assertEquals("Does it come in another color?", message.text());
    }

    @Test
    void imagesAudioVideoDocumentsAndStickersAreMediaKeptAtMetaByMediaId() {
        List<InboundMessage> media = bed.messagesOf(payload("media.json"));
        assertEquals(List.of(MessageKind.MEDIA), media.stream().map(InboundMessage::kind).distinct().toList());
        assertEquals(List.of(
                Attachment.atProvider("image-1003383421387256.jpeg", "image/jpeg", -1, "1003383421387256"),
                Attachment.atProvider("audio-1044434530934357.ogg", "audio/ogg; codecs=opus", -1, "1044434530934357"),
                Attachment.atProvider("video-1184446079366025.mp4", "video/mp4", -1, "1184446079366025"),
                Attachment.atProvider("invoice-0042.pdf", "application/pdf", -1, "1073983451086523"),
                Attachment.atProvider("sticker-1356483192213421.webp", "image/webp", -1, "1356483192213421")),
                media.stream().map(m -> m.attachments().get(0)).toList());
    }

    @Test
    void aMediaCaptionIsTheTextAndTheMediaTypeAProperty() {
        List<InboundMessage> media = bed.messagesOf(payload("media.json"));
        assertEquals("The scratch on the lid", media.get(0).text());
        assertEquals("image", media.get(0).properties().get("mediaType"));
        assertEquals("true", media.get(1).properties().get("voice"));
        assertEquals("My invoice", media.get(3).text());
    }

    @Test
    void aLocationKeepsItsCoordinatesAndShowsThePlaceName() {
        InboundMessage location = bed.messagesOf(payload("replies.json")).get(0);
        assertEquals(MessageKind.LOCATION, location.kind());
        assertEquals("Main warehouse", location.text());
        assertEquals(Map.of("latitude", "37.483307", "longitude", "-122.148981", "name", "Main warehouse",
                "address", "1 Hacker Way, Menlo Park, CA 94025", "url", "https://www.example.com"),
                location.properties());
    }

    @Test
    void aReactionNamesTheEmojiAndTheMessageReactedTo() {
        InboundMessage reaction = bed.messagesOf(payload("replies.json")).get(1);
        assertEquals(MessageKind.REACTION, reaction.kind());
        assertEquals(Map.of("emoji", "\uD83D\uDC4D", "messageId", "wamid.ourReply1"), reaction.properties());
    }

    @Test
    void aTemplateButtonTapIsAButtonReplyWithItsPayloadAnsweringOurMessage() {
        InboundMessage button = bed.messagesOf(payload("replies.json")).get(2);
        assertEquals(MessageKind.BUTTON_REPLY, button.kind());
        assertEquals("Change delivery date", button.text());
        assertEquals(Map.of("payload", "RESCHEDULE"), button.properties());
        assertEquals(List.of("wamid.ourTemplate1"), button.inReplyTo());
    }

    @Test
    void interactiveButtonAndListRepliesAreButtonRepliesWithTheChosenId() {
        List<InboundMessage> replies = bed.messagesOf(payload("replies.json"));
        assertEquals(MessageKind.BUTTON_REPLY, replies.get(3).kind());
        assertEquals("Yes, that's fine", replies.get(3).text());
        assertEquals(Map.of("payload", "confirm-yes"), replies.get(3).properties());
        assertEquals("Morning", replies.get(4).text());
        assertEquals(Map.of("payload", "slot-morning"), replies.get(4).properties());
    }

    @Test
    void severalMessagesInOnePayloadAreAllReadInOrder() {
        assertEquals(List.of("wamid.image1", "wamid.audio1", "wamid.video1", "wamid.document1", "wamid.sticker1"),
                bed.messagesOf(payload("media.json")).stream().map(InboundMessage::externalId).toList());
    }

    @Test
    void unknownAndUnsupportedTypesAreStoredAsOtherWithoutFailingTheBatch() {
        List<InboundMessage> batch = bed.messagesOf(payload("mixed-batch.json"));
        assertEquals(List.of("wamid.first", "wamid.poll", "wamid.unsupported", "wamid.last"),
                batch.stream().map(InboundMessage::externalId).toList());
        assertEquals(MessageKind.OTHER, batch.get(1).kind());
        assertEquals("[WhatsApp poll_vote_of_the_future message, not shown here]", batch.get(1).text());
        assertEquals("[WhatsApp unsupported message, not shown here (Message type unknown)]", batch.get(2).text());
    }

    @Test
    void aMessageWhoseSenderIsNotAPhoneNumberIsSkippedAndTheRestKept() {
        List<InboundMessage> batch = bed.messagesOf(payload("mixed-batch.json"));
        assertEquals("Anyone there?", batch.get(batch.size() - 1).text());
        assertEquals(4, batch.size());
    }
}
