package io.switchboard.host.teams;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Admins create teams, rename and delete them, and set who is in them. */
@Path("/api/v1/admin/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class TeamAdminResource {

    private final TeamStore teams;

    public TeamAdminResource(TeamStore teams) {
        this.teams = teams;
    }

    /** A team's name. */
    public record TeamRequest(String name) {
    }

    /** The complete member list. */
    public record MembersRequest(List<Long> userIds) {
    }

    @GET
    public List<Team> list() {
        return teams.list();
    }

    @POST
    public Response create(TeamRequest request) {
        return Response.status(201).entity(teams.create(request.name())).build();
    }

    @PATCH
    @Path("/{id}")
    public Team rename(@PathParam("id") long id, TeamRequest request) {
        return teams.rename(id, request.name());
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        teams.delete(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/members")
    public Team members(@PathParam("id") long id, MembersRequest request) {
        return teams.setMembers(id, request.userIds());
    }
}
