package io.switchboard.host.tags;

import io.switchboard.host.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Tags across conversations: the ones in use, counts per period with spikes and drops against
 * the previous period, and the tags seen more than once this week.
 */
@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class TagReportResource {

    private final TagReports reports;
    private final Clock clock;

    public TagReportResource(TagReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GET
    public List<TagReports.TagCount> inUse() {
        return reports.inUse();
    }

    /**
     * Counts from {@code from} to {@code to} (dates, inclusive; default the last 7 days up to
     * today) in {@code zone} (default UTC); {@code threshold} is the percent change that flags a
     * tag (default 50) and {@code minCount} the count one of the periods must reach (default 5).
     */
    @GET
    @Path("/report")
    public TagReports.Report report(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("zone") String zone,
                                    @QueryParam("threshold") @DefaultValue("50") double threshold,
                                    @QueryParam("minCount") @DefaultValue("5") long minCount) {
        ZoneId zoneId = zone(zone);
        LocalDate end = to == null || to.isBlank() ? clock.instant().atZone(zoneId).toLocalDate() : date("to", to);
        LocalDate start = from == null || from.isBlank() ? end.minusDays(6) : date("from", from);
        return reports.report(new TagReports.Period(start, end, zoneId), threshold, minCount);
    }

    @GET
    @Path("/repeated")
    public TagReports.Repeated repeated(@QueryParam("zone") String zone) {
        return reports.repeatedThisWeek(zone(zone));
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw Problem.badRequest("zone must be a time zone id such as Europe/Prague, was '" + zone + "'");
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw Problem.badRequest(name + " must be a date such as 2026-11-02, was '" + value + "'");
        }
    }
}
