package io.switchboard.host.availability;

import io.switchboard.host.web.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Agents set their own availability and phone; admins see everyone's and may change them. */
@Path("/api/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class AgentAvailabilityResource {

    private final AvailabilityStore store;
    private final AvailabilityService service;

    public AgentAvailabilityResource(AvailabilityStore store, AvailabilityService service) {
        this.store = store;
        this.service = service;
    }

    /** Absent fields stay; availability is online, away or offline; a blank phone removes it. */
    public record AvailabilityChange(String availability, String phone) {
    }

    @GET
    @Path("/me")
    public AgentStatus me(@Context SecurityContext security) {
        return store.find(CurrentUser.of(security).id()).orElseThrow();
    }

    @PATCH
    @Path("/me")
    public AgentStatus changeMine(AvailabilityChange change, @Context SecurityContext security) {
        return service.change(CurrentUser.of(security).id(), change.availability(), change.phone());
    }

    @GET
    @RolesAllowed("admin")
    public List<AgentStatus> all() {
        return store.list();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("admin")
    public AgentStatus change(@PathParam("id") long id, AvailabilityChange change) {
        return service.change(id, change.availability(), change.phone());
    }
}
