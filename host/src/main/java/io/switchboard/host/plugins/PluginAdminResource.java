package io.switchboard.host.plugins;

import io.switchboard.host.audit.Actor;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.web.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Admins list installed plugins with their state and health, upload, install, upgrade, start,
 * stop, enable, disable and remove them at run time.
 */
@Path("/api/v1/admin/plugins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public final class PluginAdminResource {

    private final PluginHost plugins;

    public PluginAdminResource(PluginHost plugins) {
        this.plugins = plugins;
    }

    @GET
    public List<PluginInfo> list() {
        return plugins.list();
    }

    @GET
    @Path("/{id}")
    public PluginInfo get(@PathParam("id") String id) {
        return plugins.find(id).orElseThrow(() -> new UnknownPluginException(id));
    }

    @POST
    @Path("/{id}/enable")
    public PluginInfo enable(@PathParam("id") String id, @Context SecurityContext security) {
        return plugins.enable(id, actor(security));
    }

    @POST
    @Path("/{id}/disable")
    public PluginInfo disable(@PathParam("id") String id, @Context SecurityContext security) {
        return plugins.disable(id, actor(security));
    }

    @POST
    @Path("/{id}/start")
    public PluginInfo start(@PathParam("id") String id, @Context SecurityContext security) {
        return plugins.startPlugin(id, actor(security));
    }

    @POST
    @Path("/{id}/stop")
    public PluginInfo stop(@PathParam("id") String id, @Context SecurityContext security) {
        return plugins.stopPlugin(id, actor(security));
    }

    @DELETE
    @Path("/{id}")
    public PluginInstaller.UninstallResult uninstall(@PathParam("id") String id, @QueryParam("channels") String channels,
                                                     @Context SecurityContext security) {
        return plugins.installer().uninstall(id, choice(channels), actor(security));
    }

    /** The zip is the raw body; a detached signature, when the desk trusts keys, is a header. */
    @POST
    @Path("/uploads")
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(InputStream zip, @HeaderParam("Plugin-Signature") String signature,
                           @Context SecurityContext security) {
        return Response.status(201).entity(plugins.installer().upload(zip, signature, actor(security))).build();
    }

    @GET
    @Path("/uploads")
    public List<PluginPreview> uploads() {
        return plugins.installer().uploads();
    }

    @POST
    @Path("/uploads/{uploadId}/install")
    public PluginInfo install(@PathParam("uploadId") String uploadId, @Context SecurityContext security) {
        return plugins.installer().install(uploadId, actor(security));
    }

    @DELETE
    @Path("/uploads/{uploadId}")
    public Response discard(@PathParam("uploadId") String uploadId, @Context SecurityContext security) {
        plugins.installer().discard(uploadId, actor(security));
        return Response.noContent().build();
    }

    private static PluginDependents.Choice choice(String channels) {
        if (channels == null || channels.isBlank()) {
            return PluginDependents.Choice.REFUSE;
        }
        try {
            PluginDependents.Choice choice = PluginDependents.Choice.valueOf(channels.strip().toUpperCase(Locale.ROOT));
            if (choice != PluginDependents.Choice.REFUSE) {
                return choice;
            }
        } catch (IllegalArgumentException ignored) {
            // answered below
        }
        throw Problem.badRequest("channels must be 'disable' or 'delete'");
    }

    static Actor actor(SecurityContext security) {
        return Actor.of(CurrentUser.of(security));
    }
}
