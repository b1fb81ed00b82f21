package io.switchboard.host.conversations;

import io.switchboard.api.channel.Attachment;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.web.FileResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bytes of a message's attachment, for an agent opening it: stored ones from the
 * database, ones the provider keeps (WhatsApp media, Messenger CDN files) fetched through
 * the channel's plugin on demand. Served as a download in a sandbox, so a file posing as HTML
 * cannot run script in the desk's origin.
 */
@Path("/api/v1/attachments")
@RolesAllowed("agent")
public final class AttachmentResource {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentResource.class);

    private final Jdbi jdbi;
    private final MessageStore messages;
    private final AttachmentSource source;

    public AttachmentResource(Jdbi jdbi, MessageStore messages, AttachmentSource source) {
        this.jdbi = jdbi;
        this.messages = messages;
        this.source = source;
    }

    @GET
    @Path("/{id}")
    @Produces("*/*")
    public Response download(@PathParam("id") long id) {
        MessageStore.StoredAttachment stored = jdbi.withHandle(h -> messages.findAttachment(h, id))
                .orElseThrow(() -> Problem.notFound("no attachment with id " + id));
        if (stored.content() != null) {
            return file(stored.filename(), stored.contentType(), stored.content());
        }
        Attachment fetched = fetch(stored).orElseThrow(() -> Problem.notFound("the provider no longer keeps "
                + stored.filename()));
        // The provider knows the real type where the webhook only allowed a guess (image/*).
        String type = stored.contentType().endsWith("/*") || stored.contentType().isBlank() ? fetched.contentType()
                : stored.contentType();
        return file(stored.filename(), type, fetched.content());
    }

    private Optional<Attachment> fetch(MessageStore.StoredAttachment stored) {
        try {
            return source.fetch(stored.instanceId(), stored.providerRef());
        } catch (Problem e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.unavailable("interrupted while fetching the file");
        } catch (Exception e) {
            LOG.warn("Fetching attachment {} from its provider failed: {}", stored.filename(), e.toString());
            throw new Problem(502, "Provider unreachable", "the channel's provider did not hand out "
                    + stored.filename() + " (" + e.getClass().getSimpleName() + "); try again later", Map.of());
        }
    }

    private static Response file(String filename, String contentType, byte[] content) {
        return FileResponses.download(filename, contentType, content);
    }
}
