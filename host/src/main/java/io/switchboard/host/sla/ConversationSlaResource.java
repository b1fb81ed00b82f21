package io.switchboard.host.sla;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A conversation's SLA: targets, time left in business time, breaches; 204 before it was first computed. */
@Path("/api/v1/conversations/{id}/sla")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class ConversationSlaResource {

    private final SlaQueries queries;

    public ConversationSlaResource(SlaQueries queries) {
        this.queries = queries;
    }

    @GET
    public Response get(@PathParam("id") long id) {
        SlaView view = queries.of(id);
        return view == null ? Response.noContent().build() : Response.ok(view).build();
    }
}
