package io.switchboard.host.triage;

import io.switchboard.host.conversations.ConversationDetail;
import io.switchboard.host.conversations.ConversationQueries;
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

/** A conversation's severity: 1 (worst) to 4, or none. */
@Path("/api/v1/conversations/{id}/severity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class SeverityResource {

    private final Triage triage;
    private final ConversationQueries queries;

    public SeverityResource(Triage triage, ConversationQueries queries) {
        this.triage = triage;
        this.queries = queries;
    }

    /** 1 (worst) to 4, or null to clear. */
    public record SeverityRequest(Integer severity) {
    }

    @POST
    public ConversationDetail set(@PathParam("id") long id, SeverityRequest request,
                                  @Context SecurityContext security) {
        triage.setSeverity(id, request == null ? null : request.severity());
        return queries.get(id, CurrentUser.of(security));
    }
}
