package io.switchboard.host.canned;

import io.switchboard.host.users.User;
import io.switchboard.host.web.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.jdbi.v3.core.Jdbi;

/**
 * A canned reply filled in for one conversation: the text to put in the reply box and the
 * placeholders that had no value (left in the text as written, for the agent to fill).
 */
@Path("/api/v1/conversations/{id}/canned/{cannedId}/render")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@RolesAllowed("agent")
public final class CannedRenderResource {

    private final CannedReplies replies;
    private final PlaceholderValues values;

    public CannedRenderResource(CannedReplies replies, Jdbi jdbi) {
        this.replies = replies;
        this.values = new PlaceholderValues(jdbi);
    }

    @POST
    public Placeholders.Rendered render(@PathParam("id") long conversationId, @PathParam("cannedId") long cannedId,
                                        @Context SecurityContext security) {
        User agent = CurrentUser.of(security);
        CannedReply reply = replies.get(agent, cannedId);
        return Placeholders.render(reply.body(), values.of(conversationId, agent));
    }
}
