package io.switchboard.host.sla;

import io.switchboard.host.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** SLA lists for agents: breached and at-risk open conversations, and breach counts per period for reports. */
@Path("/api/v1/sla")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class SlaResource {

    private final SlaQueries queries;
    private final Clock clock;

    public SlaResource(SlaQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GET
    @Path("/conversations")
    public List<SlaView> list(@QueryParam("state") @DefaultValue("breached") String state,
                              @QueryParam("atRiskMinutes") @DefaultValue("60") int atRiskMinutes) {
        if (atRiskMinutes < 1) {
            throw Problem.badRequest("atRiskMinutes must be at least 1");
        }
        return queries.list(state, Duration.ofMinutes(atRiskMinutes));
    }

    @GET
    @Path("/breaches")
    public List<SlaQueries.BreachCount> breaches(@QueryParam("from") String from, @QueryParam("to") String to,
                                                 @QueryParam("period") @DefaultValue("day") String period) {
        Instant end = instant("to", to, clock.instant());
        Instant start = instant("from", from, end.minus(30, ChronoUnit.DAYS));
        if (!start.isBefore(end)) {
            throw Problem.badRequest("from must be before to");
        }
        return queries.breaches(start, end, period);
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(name + " must be an instant such as 2026-03-01T00:00:00Z");
        }
    }
}
