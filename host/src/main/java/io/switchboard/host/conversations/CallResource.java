package io.switchboard.host.conversations;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.web.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** An agent calls a conversation's customer back on its voice channel. */
@Path("/api/v1/conversations/{id}/calls")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class CallResource {

    private final CallPlacement placement;

    public CallResource(CallPlacement placement) {
        this.placement = placement;
    }

    @POST
    public Response place(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String idempotencyKey,
                          @Context SecurityContext security) {
        if (idempotencyKey != null && !idempotencyKey.matches("[A-Za-z0-9_.:-]{1,100}")) {
            throw Problem.badRequest("Idempotency-Key must be 1 to 100 characters of letters, digits and _ . : -");
        }
        return Response.status(201).entity(placement.place(id, CurrentUser.of(security), idempotencyKey)).build();
    }
}
