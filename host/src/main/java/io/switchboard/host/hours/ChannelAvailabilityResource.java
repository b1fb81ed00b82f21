package io.switchboard.host.hours;

import io.switchboard.host.problem.Problem;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/**
 * Public, no sign-in: whether a channel is open and when customers can expect a reply, for
 * the web chat widget and customers' own pages (any origin may read it; it holds nothing private).
 */
@Path("/api/v1/availability")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public final class ChannelAvailabilityResource {

    private final Jdbi jdbi;
    private final Clock clock;
    private final CalendarStore calendars;
    private final ResponseTimes responseTimes;

    public ChannelAvailabilityResource(Jdbi jdbi, Clock clock, CalendarStore calendars, ResponseTimes responseTimes) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.calendars = calendars;
        this.responseTimes = responseTimes;
    }

    /** A channel instance's id and type. */
    private record Channel(long id, String type) {
    }

    @GET
    public Response get(@QueryParam("channel") String key) {
        if (key == null || key.isBlank()) {
            throw Problem.badRequest("channel must name a channel's key, such as ?channel=webchat");
        }
        Channel channel = jdbi.withHandle(h -> h.createQuery("SELECT id, channel_type FROM channel_instances"
                        + " WHERE instance_key = :key AND deleted_at IS NULL AND enabled = TRUE")
                .bind("key", key.strip()).map((rs, ctx) -> new Channel(rs.getLong(1), rs.getString(2))).findOne())
                .orElseThrow(() -> Problem.notFound("no channel with the key " + key.strip()));
        var stored = calendars.forChannel(key.strip(), channel.type());
        BusinessCalendar calendar = stored.map(StoredCalendar::calendar).orElse(BusinessCalendar.ALWAYS_OPEN);
        Integer promised = stored.map(s -> s.spec().expectedResponseMinutes()).orElse(null);
        ExpectedResponse answer = ExpectedResponse.of(key.strip(), calendar, promised,
                responseTimes.medianFirstResponse(channel.id()), clock.instant());
        return Response.ok(answer).header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "public, max-age=60").build();
    }
}
