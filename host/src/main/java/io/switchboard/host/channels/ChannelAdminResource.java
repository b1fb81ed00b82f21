package io.switchboard.host.channels;

import io.switchboard.host.problem.Problem;
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
import java.util.Map;

/** Admins create channel instances from a channel plugin's config schema; secrets are write-only. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class ChannelAdminResource {

    private final ChannelAdmin admin;

    public ChannelAdminResource(ChannelAdmin admin) {
        this.admin = admin;
    }

    /** A new instance of a channel type; {@code key} is generated when absent. */
    public record CreateChannel(String type, String name, String key, Map<String, String> config) {
    }

    /** Changes; absent fields stay, a blank secret keeps the stored one. */
    public record UpdateChannel(String name, Map<String, String> config, Boolean enabled) {
    }

    @GET
    @Path("/channel-types")
    public List<ChannelTypeView> types() {
        return admin.types();
    }

    @GET
    @Path("/channels")
    public List<ChannelInstanceView> list() {
        return admin.list();
    }

    @POST
    @Path("/channels")
    public Response create(CreateChannel request) {
        if (request.type() == null || request.type().isBlank()) {
            throw Problem.badRequest("type (a channel type id from /api/v1/admin/channel-types) is required");
        }
        var created = admin.create(request.type().strip(), request.name(), request.key(),
                request.config() == null ? Map.of() : request.config());
        return Response.status(201).entity(created).build();
    }

    @GET
    @Path("/channels/{id}")
    public ChannelInstanceView get(@PathParam("id") long id) {
        return admin.get(id);
    }

    @PUT
    @Path("/channels/{id}")
    public ChannelInstanceView update(@PathParam("id") long id, UpdateChannel request) {
        return admin.update(id, request.name(), request.config(), request.enabled());
    }

    /** Polls a pull channel (email) at once; the new mail appears in the inbox as it is stored. */
    @POST
    @Path("/channels/{id}/poll")
    public Response poll(@PathParam("id") long id) {
        admin.pollNow(id);
        return Response.accepted().build();
    }

    @DELETE
    @Path("/channels/{id}")
    public Response delete(@PathParam("id") long id) {
        admin.delete(id);
        return Response.noContent().build();
    }
}
