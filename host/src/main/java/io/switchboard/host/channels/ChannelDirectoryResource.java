package io.switchboard.host.channels;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code GET /api/v1/channels}: the desk's channel instances as agents need them (names and
 * channel types for the inbox's badges and channel filter), without configuration.
 */
@Path("/api/v1/channels")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class ChannelDirectoryResource {

    private final ChannelAdmin admin;

    public ChannelDirectoryResource(ChannelAdmin admin) {
        this.admin = admin;
    }

    /** A channel instance without its configuration; {@code typeName} is the channel type's display name. */
    public record ChannelSummary(long id, String key, String type, String typeName, String name, String status) {
    }

    @GET
    public List<ChannelSummary> list() {
        Map<String, String> typeNames = admin.types().stream()
                .collect(Collectors.toMap(ChannelTypeView::id, ChannelTypeView::displayName, (a, b) -> a));
        return admin.list().stream().map(c -> new ChannelSummary(c.id(), c.key(), c.channelType(),
                typeNames.getOrDefault(c.channelType(), c.channelType()), c.name(), c.status())).toList();
    }
}
