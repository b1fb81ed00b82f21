package io.switchboard.host.audit;

import io.switchboard.host.web.UserPrincipal;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Set;

/**
 * Records every change an admin makes through {@code /api/v1/admin/...} (method, path and the
 * answer's status; never a body, which may hold secrets). Plugin administration records its own,
 * more detailed entries, so it is left out here.
 */
public final class AdminRequestAudit implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuditLog audit;

    public AdminRequestAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (READS.contains(request.getMethod()) || !relative.startsWith("api/v1/admin/")
                || relative.startsWith("api/v1/admin/plugin")) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() instanceof UserPrincipal principal) {
            audit.record(Actor.of(principal.user()), "admin." + request.getMethod().toLowerCase(java.util.Locale.ROOT),
                    "/" + relative, "answered " + response.getStatus());
        }
    }
}
