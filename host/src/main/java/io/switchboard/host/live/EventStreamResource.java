package io.switchboard.host.live;

import io.switchboard.host.web.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code GET /api/v1/events}: a Server-Sent Events stream of what changes in the desk
 * ({@code message.created}, {@code message.status}, {@code conversation.updated}), so the
 * inbox updates without reloading. Browsers authenticate with the session cookie.
 */
@Path("/api/v1/events")
@RolesAllowed("agent")
public final class EventStreamResource {

    private final LiveHub live;

    public EventStreamResource(LiveHub live) {
        this.live = live;
    }

    @GET
    public Response stream(@Context SecurityContext security) {
        return Response.ok(live.openAgentStream(CurrentUser.of(security).id()), "text/event-stream").header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no").build();
    }
}
