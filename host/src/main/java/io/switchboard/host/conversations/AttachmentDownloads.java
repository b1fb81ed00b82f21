package io.switchboard.host.conversations;

import io.switchboard.api.channel.Attachment;
import io.switchboard.host.problem.Problem;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * An attachment's bytes for an agent: the stored content, or, when the channel stored only a
 * provider reference, the bytes fetched through its channel instance (not stored: the provider
 * stays the owner, and the next download fetches again).
 */
public final class AttachmentDownloads {

    /** A file ready to serve. */
    public record Download(String filename, String contentType, byte[] content) {
    }

    private final Jdbi jdbi;
    private final MessageStore messages;
    private final AttachmentFetcher fetcher;

    public AttachmentDownloads(Jdbi jdbi, MessageStore messages, AttachmentFetcher fetcher) {
        this.jdbi = jdbi;
        this.messages = messages;
        this.fetcher = fetcher;
    }

    public Download download(long conversationId, long messageId, long attachmentId) {
        MessageStore.StoredAttachment stored = jdbi.withHandle(h -> messages.findAttachment(h, conversationId,
                        messageId, attachmentId))
                .orElseThrow(() -> Problem.notFound("no attachment " + attachmentId + " on message " + messageId
                        + " of conversation " + conversationId));
        if (stored.content() != null) {
            return new Download(stored.filename(), stored.contentType(), stored.content());
        }
        if (stored.providerRef() == null) {
            throw Problem.notFound("attachment " + attachmentId + " has no content");
        }
        Optional<Attachment> fetched;
        try {
            fetched = fetcher.fetch(stored.instanceId(), stored.providerRef());
        } catch (AttachmentFetcher.AttachmentUnavailableException e) {
            throw new Problem(502, "Attachment unavailable", e.getMessage(), Map.of());
        }
        Attachment attachment = fetched.filter(a -> a.content() != null).orElseThrow(() -> Problem.notFound(
                "the provider no longer has attachment " + attachmentId));
        return new Download(stored.filename(), stored.contentType(), attachment.content());
    }
}
