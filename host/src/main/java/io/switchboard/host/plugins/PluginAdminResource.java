package io.switchboard.host.plugins;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Admins list installed plugins with their state and turn them on and off at run time. */
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
    public PluginInfo enable(@PathParam("id") String id) {
        return plugins.enable(id);
    }

    @POST
    @Path("/{id}/disable")
    public PluginInfo disable(@PathParam("id") String id) {
        return plugins.disable(id);
    }
}
