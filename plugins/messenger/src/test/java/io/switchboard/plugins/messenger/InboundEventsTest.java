package io.switchboard.plugins.messenger;

import static io.switchboard.plugins.messenger.MessengerTestbed.payload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageKind;
import io.switchboard.plugins.meta.LoopbackServer.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every event of a real-shaped Page webhook becomes the right timeline item. */
class InboundEventsTest {

    private final MessengerTestbed bed = new MessengerTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aTextComesFromThePageScopedIdWithTheProfileName() {
        InboundMessage text = bed.messagesOf(payload("messages.json")).get(0);
        assertEquals("m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rBN0P",
                text.externalId());
        assertEquals(Address.of("messenger.psid", "6677889900112233"), text.from());
        assertEquals("Ada Lovelace", text.senderName());
        assertEquals(Instant.ofEpochMilli(1749416383000L), text.sentAt());
        assertEquals(MessageKind.TEXT, text.kind());
        assertEquals("Hi, where is my order?", text.text());
    }

    @Test
    void theProfileIsLookedUpOnceWithThePageTokenAndThenRemembered() {
        bed.messagesOf(payload("messages.json"));
        bed.messagesOf(payload("mixed-batch.json"));
        assertEquals(1, bed.graph.requests().size());
        assertEquals("/v23.0/6677889900112233", bed.graph.onlyRequest().path());
        assertEquals("fields=first_name,last_name", bed.graph.onlyRequest().query());
        assertEquals("Bearer EAAG-page-token", bed.graph.onlyRequest().header("Authorization"));
    }

    @Test
    void aFailedProfileLookupLeavesTheNameUnknownButKeepsTheMessage() {
        bed.graph.reply("GET", "/v23.0/6677889900112233", Reply.json(400, "{\"error\":{\"message\":\"(#100) No"
                + " profile available for that user.\",\"type\":\"OAuthException\",\"code\":100}}"));
        InboundMessage text = bed.messagesOf(payload("messages.json")).get(0);
        assertNull(text.senderName());
        assertEquals("Hi, where is my order?", text.text());
        assertEquals(1, bed.graph.requests().size(), "not asked again for every message of the batch");
    }

    @Test
    void imageFileAndAudioAttachmentsAreMediaFetchedLaterByTheirCdnUrl() {
        List<InboundMessage> messages = bed.messagesOf(payload("messages.json"));
        assertEquals(MessageKind.MEDIA, messages.get(1).kind());
        assertEquals(List.of(
                Attachment.atProvider("4471_n.jpg", "image/jpeg", -1,
                        "https://scontent.xx.fbcdn.net/v/t1.15752-9/4471_n.jpg?_nc_cat=1&oh=abc&oe=6520"),
                Attachment.atProvider("4472_n.png", "image/png", -1,
                        "https://scontent.xx.fbcdn.net/v/t1.15752-9/4472_n.png?oh=def")),
                messages.get(1).attachments());
        assertEquals("receipt.pdf", messages.get(2).attachments().get(0).filename());
        assertEquals("application/pdf", messages.get(2).attachments().get(0).contentType());
        assertEquals("audio", messages.get(3).properties().get("mediaType"));
    }

    @Test
    void aSharedLocationKeepsItsCoordinates() {
        InboundMessage location = bed.messagesOf(payload("messages.json")).get(4);
        assertEquals(MessageKind.LOCATION, location.kind());
        assertEquals(Map.of("latitude", "52.5200066", "longitude", "13.404954", "name", "Pinned location"),
                location.properties());
    }

    @Test
    void quickRepliesAndPostbacksAreButtonRepliesWithTheirPayload() {
        List<InboundMessage> messages = bed.messagesOf(payload("messages.json"));
        assertEquals(MessageKind.BUTTON_REPLY, messages.get(5).kind());
        assertEquals("Track my parcel", messages.get(5).text());
        assertEquals(Map.of("payload", "TRACK_PARCEL"), messages.get(5).properties());
        assertEquals("m_postback1", messages.get(6).externalId());
        assertEquals("Talk to a person", messages.get(6).text());
        assertEquals(Map.of("payload", "HUMAN"), messages.get(6).properties());
    }

    @Test
    void aReactionNamesTheEmojiAndTheMessageReactedTo() {
        InboundMessage reaction = bed.messagesOf(payload("messages.json")).get(7);
        assertEquals(MessageKind.REACTION, reaction.kind());
        assertEquals(Map.of("emoji", "\u2764\uFE0F", "messageId", "m_ourReply1", "reaction", "love"),
                reaction.properties());
        assertEquals("reaction:6677889900112233:m_ourReply1:react:1749416390000", reaction.externalId());
    }

    @Test
    void everyEventOfABatchIsReadInOrder() {
        assertEquals(List.of(MessageKind.TEXT, MessageKind.MEDIA, MessageKind.MEDIA, MessageKind.MEDIA,
                MessageKind.LOCATION, MessageKind.BUTTON_REPLY, MessageKind.BUTTON_REPLY, MessageKind.REACTION),
                bed.messagesOf(payload("messages.json")).stream().map(InboundMessage::kind).toList());
    }

    @Test
    void anUnknownAttachmentTypeIsStoredAsOtherAndEchoesOfOurOwnMessagesAreSkipped() {
        List<InboundMessage> batch = bed.messagesOf(payload("mixed-batch.json"));
        assertEquals(List.of("m_first", "m_hologram", "m_last"), batch.stream().map(InboundMessage::externalId)
                .toList());
        assertEquals(MessageKind.OTHER, batch.get(1).kind());
        assertEquals("[Messenger hologram_of_the_future attachment, not shown here]", batch.get(1).text());
    }
}
