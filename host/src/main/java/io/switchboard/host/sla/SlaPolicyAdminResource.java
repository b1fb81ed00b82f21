package io.switchboard.host.sla;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Admins keep SLA policies: targets in business minutes per priority and/or channel type. */
@Path("/api/v1/admin/sla-policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class SlaPolicyAdminResource {

    private final SlaPolicyStore policies;

    public SlaPolicyAdminResource(SlaPolicyStore policies) {
        this.policies = policies;
    }

    /** A policy; priority and channelType absent mean any; enabled defaults to true. */
    public record PolicyRequest(String name, String priority, String channelType, Integer firstResponseMinutes,
                                Integer resolutionMinutes, Boolean enabled) {

        SlaPolicy toPolicy() {
            return new SlaPolicy(0, name, blank(priority), blank(channelType), firstResponseMinutes,
                    resolutionMinutes, !Boolean.FALSE.equals(enabled));
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @GET
    public List<SlaPolicy> list() {
        return policies.list();
    }

    @POST
    public Response create(PolicyRequest request) {
        return Response.status(201).entity(policies.create(request.toPolicy())).build();
    }

    @PUT
    @Path("/{id}")
    public SlaPolicy update(@PathParam("id") long id, PolicyRequest request) {
        return policies.update(id, request.toPolicy());
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        policies.delete(id);
        return Response.noContent().build();
    }
}
