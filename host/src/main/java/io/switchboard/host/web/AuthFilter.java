package io.switchboard.host.web;

import io.switchboard.host.users.TokenStore;
import io.switchboard.host.users.User;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Identifies the caller from a bearer token (scripts) or the session cookie (the web UI).
 * It only identifies; {@link AccessControl} decides what the caller may do.
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthFilter implements ContainerRequestFilter {

    private final TokenStore tokens;

    AuthFilter(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        token(request).flatMap(tokens::resolve).ifPresent(user -> request.setSecurityContext(
                new UserSecurityContext(user, request.getSecurityContext().isSecure())));
    }

    static Optional<String> token(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).strip());
        }
        Cookie cookie = request.getCookies().get(SessionCookie.NAME);
        return cookie == null || cookie.getValue().isBlank() ? Optional.empty() : Optional.of(cookie.getValue());
    }

    private record UserSecurityContext(User user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return new UserPrincipal(user);
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.role().id().equals(role) || (role.equals("agent") && user.role().id().equals("admin"));
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
}
