package io.switchboard.host.reports;

import io.switchboard.host.metrics.MetricCatalog;
import io.switchboard.host.metrics.Metrics;
import io.switchboard.host.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/v1/reports}: the metrics and surveys there are, one report (JSON or CSV), and two
 * reports side by side. Agents may read reports.
 */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public final class ReportResource {

    private final Metrics metrics;
    private final MetricReports metricReports;
    private final SurveyReports surveyReports;

    public ReportResource(Metrics metrics, MetricReports metricReports, SurveyReports surveyReports) {
        this.metrics = metrics;
        this.metricReports = metricReports;
        this.surveyReports = surveyReports;
    }

    @GET
    public Map<String, Object> catalog() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (MetricCatalog.Entry e : metrics.catalog().list()) {
            var d = e.definition();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("name", d.name());
            m.put("description", d.description());
            m.put("unit", d.unit().name().toLowerCase(Locale.ROOT));
            m.put("figures", d.aggregations().stream().map(a -> a.name().toLowerCase(Locale.ROOT)).toList());
            m.put("target", d.defaultTarget());
            m.put("lowerIsBetter", d.lowerIsBetter());
            m.put("enabled", metrics.enabled().containsKey(d.id()));
            m.put("backfill", backfill(e));
            list.add(m);
        }
        return Map.of("metrics", list, "surveys", surveyReports.surveys());
    }

    @GET
    @Path("/compare")
    public Map<String, Object> compare(@QueryParam("ids") String ids, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("zone") String zone,
                                       @QueryParam("granularity") String granularity, @QueryParam("cut") String cut,
                                       @QueryParam("value") String value,
                                       @QueryParam("channel") String channel) {
        List<String> wanted = ids == null ? List.of() : List.of(ids.split(","));
        if (wanted.size() != 2) {
            throw Problem.badRequest("ids must name exactly two reports, such as first-response-time,survey:csat");
        }
        Periods periods = Periods.of(from, to, zone, granularity);
        Cut c = Cut.of(cut, value, channel);
        return Map.of("reports", wanted.stream().map(id -> report(id.strip(), periods, c)).toList());
    }

    @GET
    @Path("/{id}")
    public Report get(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
                      @QueryParam("zone") String zone, @QueryParam("granularity") String granularity,
                      @QueryParam("cut") String cut, @QueryParam("value") String value,
                      @QueryParam("channel") String channel) {
        return report(id, Periods.of(from, to, zone, granularity), Cut.of(cut, value, channel));
    }

    @GET
    @Path("/{id}/csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("zone") String zone, @QueryParam("granularity") String granularity,
                        @QueryParam("cut") String cut, @QueryParam("value") String value,
                        @QueryParam("channel") String channel) {
        Report report = get(id, from, to, zone, granularity, cut, value, channel);
        return Response.ok(ReportCsv.of(report), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + id.replace(':', '-') + ".csv\"").build();
    }

    private Report report(String id, Periods periods, Cut cut) {
        return id.startsWith("survey:") ? surveyReports.report(id.substring("survey:".length()), periods, cut)
                : metricReports.report(id, periods, cut);
    }

    private static Map<String, Object> backfill(MetricCatalog.Entry e) {
        Map<String, Object> b = new LinkedHashMap<>();
        boolean running = e.backfilling();
        b.put("running", running);
        if (e.first() != null && e.last() != null) {
            long total = Math.max(1, e.last() - e.first() + 1);
            long done = Math.min(total, Math.max(0, e.next() - e.first()));
            b.put("progress", running ? (double) done / total : 1.0);
        }
        b.put("events", e.events());
        b.put("startedAt", e.started() == null ? null : e.started().toString());
        b.put("finishedAt", e.finished() == null ? null : e.finished().toString());
        return b;
    }
}
