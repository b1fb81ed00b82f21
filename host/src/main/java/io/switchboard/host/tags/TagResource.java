package io.switchboard.host.tags;

import io.switchboard.host.web.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** The tags on one conversation. */
@Path("/api/v1/conversations/{id}/tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class TagResource {

    private final ConversationTags tags;

    public TagResource(ConversationTags tags) {
        this.tags = tags;
    }

    /** The tag to add. */
    public record AddTag(String tag) {
    }

    /** A conversation's tags, sorted. */
    public record Tags(long conversationId, List<String> tags) {
    }

    @GET
    public Tags list(@PathParam("id") long id) {
        return new Tags(id, tags.of(id));
    }

    @POST
    public Tags add(@PathParam("id") long id, AddTag request, @Context SecurityContext security) {
        return new Tags(id, tags.add(id, CurrentUser.of(security), request == null ? null : request.tag()));
    }

    @DELETE
    @Path("/{tag}")
    public Tags remove(@PathParam("id") long id, @PathParam("tag") String tag) {
        return new Tags(id, tags.remove(id, tag));
    }
}
