package io.switchboard.host.users;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Admins list and create users. */
@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class UserAdminResource {

    private final UserStore users;

    public UserAdminResource(UserStore users) {
        this.users = users;
    }

    /** A new user; the password must have at least 10 characters. */
    public record CreateUser(String email, String name, String role, String password) {
    }

    @GET
    public List<User> list() {
        return users.list();
    }

    @POST
    public Response create(CreateUser request) {
        if (request.email() == null || !request.email().matches("[^@\\s]+@[^@\\s]+")) {
            throw Problem.badRequest("email must be an email address");
        }
        if (request.name() == null || request.name().isBlank()) {
            throw Problem.badRequest("name is required");
        }
        if (request.password() == null || request.password().length() < 10) {
            throw Problem.badRequest("password must have at least 10 characters");
        }
        Role role;
        try {
            role = Role.of(request.role() == null ? "agent" : request.role());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("role must be 'agent' or 'admin'");
        }
        try {
            return Response.status(201).entity(users.create(request.email(), request.name().strip(), role,
                    request.password())).build();
        } catch (RuntimeException e) {
            if (Transactions.isUniqueViolation(e)) {
                throw Problem.conflict("a user with the email " + request.email() + " exists already");
            }
            throw e;
        }
    }
}
