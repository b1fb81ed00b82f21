package io.switchboard.host.web;

import io.switchboard.host.users.Role;
import io.switchboard.host.users.User;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The signed-in user of a request; admins hold every agent right. */
record UserSecurityContext(User user, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return new UserPrincipal(user);
    }

    @Override
    public boolean isUserInRole(String role) {
        return user.role().id().equals(role) || (Role.AGENT.id().equals(role) && user.role() == Role.ADMIN);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
