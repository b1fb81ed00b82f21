package io.switchboard.host.audit;

import io.switchboard.host.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Admins read the audit log, newest first. */
@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    public List<AuditEntry> list(@QueryParam("before") Long before, @QueryParam("action") String action,
                                 @QueryParam("limit") Integer limit) {
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > 500) {
            throw Problem.badRequest("limit must be 1 to 500");
        }
        return audit.list(before, action == null || action.isBlank() ? null : action, size);
    }
}
