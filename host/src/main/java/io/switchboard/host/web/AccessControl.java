package io.switchboard.host.web;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.users.TokenStore;
import io.switchboard.host.users.User;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.AnnotatedElement;
import java.util.Map;

/**
 * Secure by default: every endpoint needs a signed-in user unless marked {@code @PermitAll};
 * {@code @RolesAllowed} narrows it (admins hold every agent right). Unauthenticated calls get
 * 401, signed-in users without the role 403. Tokens are looked up only for endpoints that
 * need a user, so public traffic (webhooks, which can carry their own bearer tokens) costs
 * no token lookup.
 */
final class AccessControl implements DynamicFeature {

    private final TokenStore tokens;

    AccessControl(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        if (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
                || (resource.getResourceClass().isAnnotationPresent(PermitAll.class)
                && !resource.getResourceMethod().isAnnotationPresent(RolesAllowed.class))) {
            return;
        }
        String[] roles = roles(resource.getResourceMethod(), roles(resource.getResourceClass(), new String[0]));
        context.register(new Check(tokens, roles));
    }

    private static String[] roles(AnnotatedElement element, String[] fallback) {
        RolesAllowed allowed = element.getAnnotation(RolesAllowed.class);
        return allowed == null ? fallback : allowed.value();
    }

    @Priority(Priorities.AUTHENTICATION)
    private record Check(TokenStore tokens, String[] roles) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            User user = Credentials.token(request).flatMap(tokens::resolve).orElseThrow(() -> new Problem(401,
                    "Unauthorized", "sign in or send a bearer token", Map.of()));
            UserSecurityContext security = new UserSecurityContext(user, request.getSecurityContext().isSecure());
            request.setSecurityContext(security);
            if (roles.length == 0) {
                return;
            }
            for (String role : roles) {
                if (security.isUserInRole(role)) {
                    return;
                }
            }
            throw new Problem(403, "Forbidden", "this needs the " + String.join(" or ", roles) + " role", Map.of());
        }
    }
}
