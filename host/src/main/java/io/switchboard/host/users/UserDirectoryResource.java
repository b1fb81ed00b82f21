package io.switchboard.host.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/users}: the active users, so agents can assign conversations to each other. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class UserDirectoryResource {

    private final UserStore users;

    public UserDirectoryResource(UserStore users) {
        this.users = users;
    }

    @GET
    public List<User> list() {
        return users.listActive();
    }
}
