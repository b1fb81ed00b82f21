package io.switchboard.host.web;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.users.User;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

/** The signed-in user of a request that {@link AccessControl} already let through. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static User of(SecurityContext security) {
        if (security.getUserPrincipal() instanceof UserPrincipal principal) {
            return principal.user();
        }
        throw new Problem(401, "Unauthorized", "sign in first", Map.of());
    }
}
