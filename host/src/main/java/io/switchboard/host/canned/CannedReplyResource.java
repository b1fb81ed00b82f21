package io.switchboard.host.canned;

import io.switchboard.host.web.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Canned replies: the shared set (admins manage it) and each agent's personal ones. */
@Path("/api/v1/canned-replies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class CannedReplyResource {

    private final CannedReplies replies;

    public CannedReplyResource(CannedReplies replies) {
        this.replies = replies;
    }

    @GET
    public List<CannedReply> list(@QueryParam("q") String q, @Context SecurityContext security) {
        return replies.list(CurrentUser.of(security), q == null || q.isBlank() ? null : q.strip());
    }

    @GET
    @Path("/{id}")
    public CannedReply get(@PathParam("id") long id, @Context SecurityContext security) {
        return replies.get(CurrentUser.of(security), id);
    }

    @POST
    public Response create(CannedReplies.Draft draft, @Context SecurityContext security) {
        return Response.status(201).entity(replies.create(CurrentUser.of(security), draft)).build();
    }

    @PUT
    @Path("/{id}")
    public CannedReply update(@PathParam("id") long id, CannedReplies.Draft draft,
                              @Context SecurityContext security) {
        return replies.update(CurrentUser.of(security), id, draft);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        replies.delete(CurrentUser.of(security), id);
        return Response.noContent().build();
    }
}
