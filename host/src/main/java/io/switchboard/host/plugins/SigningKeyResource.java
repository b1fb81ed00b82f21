package io.switchboard.host.plugins;

import io.switchboard.host.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Admins choose the keys plugin uploads must be signed with; with none, signatures are optional. */
@Path("/api/v1/admin/plugin-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class SigningKeyResource {

    private final SigningKeys keys;
    private final AuditLog audit;

    public SigningKeyResource(SigningKeys keys, AuditLog audit) {
        this.keys = keys;
        this.audit = audit;
    }

    @GET
    public List<SigningKey> list() {
        return keys.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewKey body, @Context SecurityContext security) {
        SigningKey key = keys.add(body == null ? null : body.name(), body == null ? null : body.publicKey());
        audit.record(PluginAdminResource.actor(security), "plugin-key.added", key.fingerprint(), key.name());
        return Response.status(201).entity(key).build();
    }

    @DELETE
    @Path("/{fingerprint}")
    public Response remove(@PathParam("fingerprint") String fingerprint, @Context SecurityContext security) {
        SigningKey key = keys.remove(fingerprint);
        audit.record(PluginAdminResource.actor(security), "plugin-key.removed", key.fingerprint(), key.name());
        return Response.noContent().build();
    }

    /** A key to trust: a name and the Ed25519 public key as PEM or base64 DER. */
    public record NewKey(String name, String publicKey) {
    }
}
