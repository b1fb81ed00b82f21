package io.switchboard.host.triage;

import io.switchboard.host.conversations.ConversationDetail;
import io.switchboard.host.conversations.ConversationQueries;
import io.switchboard.host.conversations.Priority;
import io.switchboard.host.problem.Problem;
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

/** A conversation's priority. */
@Path("/api/v1/conversations/{id}/priority")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class PriorityResource {

    private final Triage triage;
    private final ConversationQueries queries;

    public PriorityResource(Triage triage, ConversationQueries queries) {
        this.triage = triage;
        this.queries = queries;
    }

    /** low, normal, high or urgent. */
    public record PriorityRequest(String priority) {
    }

    @POST
    public ConversationDetail set(@PathParam("id") long id, PriorityRequest request,
                                  @Context SecurityContext security) {
        if (request == null || request.priority() == null) {
            throw Problem.badRequest("priority is required: low, normal, high or urgent");
        }
        triage.setPriority(id, Priority.of(request.priority()));
        return queries.get(id, CurrentUser.of(security));
    }
}
