package io.switchboard.host.users;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import io.switchboard.host.web.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Admins list, create, change, deactivate and reactivate users, and reset their passwords. */
@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class UserAdminResource {

    private final UserStore users;
    private final UserChanges changes;

    public UserAdminResource(UserStore users, UserChanges changes) {
        this.users = users;
        this.changes = changes;
    }

    /** A new user; the password must have at least 10 characters. */
    public record CreateUser(String email, String name, String role, String password) {
    }

    /** Changes to a user; absent fields stay as they are. */
    public record UpdateUser(String name, String role, Boolean active) {
    }

    /** A new password (at least 10 characters). */
    public record PasswordReset(String password) {
    }

    @GET
    public List<User> list() {
        return users.list();
    }

    @POST
    public Response create(CreateUser request) {
        if (request.email() == null || !request.email().strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw Problem.badRequest("email must be an email address");
        }
        String name = UserChanges.requireName(request.name());
        UserChanges.requirePassword(request.password());
        Role role = UserChanges.parseRole(request.role() == null ? "agent" : request.role());
        try {
            return Response.status(201).entity(users.create(request.email(), name, role, request.password())).build();
        } catch (RuntimeException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw Problem.conflict("a user with the email " + request.email().strip() + " exists already");
            }
            throw e;
        }
    }

    @PATCH
    @Path("/{id}")
    public User update(@PathParam("id") long id, UpdateUser request, @Context SecurityContext security) {
        Role role = request.role() == null ? null : UserChanges.parseRole(request.role());
        return changes.update(CurrentUser.of(security), id, request.name(), role, request.active());
    }

    @POST
    @Path("/{id}/password")
    public Response resetPassword(@PathParam("id") long id, PasswordReset request) {
        changes.resetPassword(id, request.password());
        return Response.noContent().build();
    }
}
