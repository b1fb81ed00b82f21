package io.switchboard.host.live;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

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
    public Response stream() {
        return Response.ok(live.openAgentStream(), "text/event-stream").header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no").build();
    }
}
