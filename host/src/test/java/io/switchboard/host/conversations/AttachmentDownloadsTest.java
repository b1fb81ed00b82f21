package io.switchboard.host.conversations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageKind;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.testing.StoreFixture;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Attachment bytes for agents: stored bytes as stored; bytes the provider keeps fetched through
 * the channel instance on each download (what WhatsApp media rely on).
 */
class AttachmentDownloadsTest {

    private final StoreFixture store = new StoreFixture(Clock.systemUTC());
    private final List<String> fetchedRefs = new ArrayList<>();

    @AfterEach
    void close() {
        store.close();
    }

    private AttachmentDownloads downloads(Optional<Attachment> providerAnswer) {
        return new AttachmentDownloads(store.jdbi(), store.messages(), (instanceId, ref) -> {
            fetchedRefs.add(instanceId + ":" + ref);
            return providerAnswer;
        });
    }

    private long[] ingestWith(Attachment attachment) {
        store.ingest(new InboundMessage("m-" + attachment.filename(), Address.of("test", "ada"), "Ada",
                Instant.now(), MessageKind.MEDIA, null, "", null, List.of(attachment), List.of(), null, -1, Set.of(),
                Map.of()));
        return store.jdbi().withHandle(h -> h.createQuery("SELECT m.conversation_id, m.id, a.id FROM attachments a"
                        + " JOIN messages m ON m.id = a.message_id WHERE a.filename = :name")
                .bind("name", attachment.filename())
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).one());
    }

    @Test
    void storedBytesAreServedAsStored() {
        long[] ids = ingestWith(Attachment.ofBytes("receipt.pdf", "application/pdf", new byte[] {1, 2, 3}));

        AttachmentDownloads.Download file = downloads(Optional.empty()).download(ids[0], ids[1], ids[2]);

        assertEquals("receipt.pdf", file.filename());
        assertEquals("application/pdf", file.contentType());
        assertArrayEquals(new byte[] {1, 2, 3}, file.content());
        assertEquals(List.of(), fetchedRefs);
    }

    @Test
    void bytesTheProviderKeepsAreFetchedThroughTheChannelInstance() {
        long[] ids = ingestWith(Attachment.atProvider("voice.ogg", "audio/ogg", 3, "media-77"));

        AttachmentDownloads.Download file = downloads(Optional.of(Attachment.ofBytes("voice.ogg", "audio/ogg",
                new byte[] {9, 8, 7}))).download(ids[0], ids[1], ids[2]);

        assertArrayEquals(new byte[] {9, 8, 7}, file.content());
        assertEquals(List.of(store.instanceId() + ":media-77"), fetchedRefs);
    }

    @Test
    void anAttachmentTheProviderNoLongerHasIsNotFound() {
        long[] ids = ingestWith(Attachment.atProvider("gone.jpg", "image/jpeg", -1, "media-old"));

        Problem problem = assertThrows(Problem.class, () -> downloads(Optional.empty()).download(ids[0], ids[1],
                ids[2]));

        assertEquals(404, problem.status());
    }

    @Test
    void anAttachmentIsOnlyFoundUnderItsOwnMessageAndConversation() {
        long[] ids = ingestWith(Attachment.ofBytes("a.txt", "text/plain", new byte[] {1}));

        Problem problem = assertThrows(Problem.class, () -> downloads(Optional.empty()).download(ids[0] + 1, ids[1],
                ids[2]));

        assertEquals(404, problem.status());
    }
}
