package io.switchboard.host.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** {@code GET /api/v1/health}: 200 when the desk is ready (database reachable), 503 otherwise. */
@Path("/api/v1/health")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    private final BooleanSupplier databaseUp;
    private final String version;

    public HealthResource(BooleanSupplier databaseUp, String version) {
        this.databaseUp = databaseUp;
        this.version = version;
    }

    @GET
    public Response health() {
        boolean up = databaseUp.getAsBoolean();
        return Response.status(up ? 200 : 503)
                .entity(Map.of("status", up ? "ok" : "unavailable", "database", up ? "up" : "down", "version",
                        version))
                .build();
    }
}
