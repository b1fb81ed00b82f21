package io.switchboard.host.routing;

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

/** Admins keep the ordered routing rules: add, change, enable or disable, reorder, delete. */
@Path("/api/v1/admin/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class RoutingAdminResource {

    private final RuleStore rules;

    public RoutingAdminResource(RuleStore rules) {
        this.rules = rules;
    }

    /** A rule; {@code enabled} defaults to true, missing conditions match everything. */
    public record RuleRequest(String name, Boolean enabled, RuleConditions conditions, RuleActions actions) {

        RuleConditions when() {
            return conditions == null ? new RuleConditions(null, null, null, null) : conditions;
        }

        RuleActions then() {
            return actions == null ? new RuleActions(null, null, null, null, null) : actions;
        }
    }

    /** Turns a rule on or off. */
    public record EnabledRequest(Boolean enabled) {
    }

    /** Every rule's id in the new order. */
    public record OrderRequest(List<Long> ruleIds) {
    }

    @GET
    public List<RoutingRule> list() {
        return rules.list();
    }

    @POST
    public Response create(RuleRequest request) {
        return Response.status(201).entity(rules.create(request.name(), !Boolean.FALSE.equals(request.enabled()),
                request.when(), request.then())).build();
    }

    @PUT
    @Path("/{id}")
    public RoutingRule update(@PathParam("id") long id, RuleRequest request) {
        return rules.update(id, request.name(), !Boolean.FALSE.equals(request.enabled()), request.when(),
                request.then());
    }

    @POST
    @Path("/{id}/enabled")
    public RoutingRule enable(@PathParam("id") long id, EnabledRequest request) {
        return rules.setEnabled(id, !Boolean.FALSE.equals(request.enabled()));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        rules.delete(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("/order")
    public List<RoutingRule> reorder(OrderRequest request) {
        return rules.reorder(request.ruleIds());
    }
}
