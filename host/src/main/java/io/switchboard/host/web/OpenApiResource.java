package io.switchboard.host.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 description of this API. */
@Path("/api/v1/openapi.json")
@PermitAll
public final class OpenApiResource {

    static final String RESOURCE = "/openapi.json";

    @GET
    public Response document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the host jar");
            }
            return Response.ok(in.readAllBytes(), "application/json").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
