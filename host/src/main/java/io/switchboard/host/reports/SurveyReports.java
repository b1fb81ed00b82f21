package io.switchboard.host.reports;

import io.switchboard.api.survey.AnswerDistribution;
import io.switchboard.api.survey.SurveyScore;
import io.switchboard.host.problem.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Survey scores in the shape of a metric report: per period and cut, the score and its answer count. */
public final class SurveyReports {

    private final SurveyScoreSource source;

    public SurveyReports(SurveyScoreSource source) {
        this.source = source;
    }

    public List<SurveyScoreSource.Survey> surveys() {
        return source.surveys();
    }

    Report report(String surveyId, Periods periods, Cut cut) {
        SurveyScoreSource.Survey survey = source.surveys().stream().filter(s -> s.id().equals(surveyId)).findFirst()
                .orElseThrow(() -> Problem.notFound("no survey '" + surveyId + "'"));
        Map<String, List<Map<Integer, Long>>> cells = new TreeMap<>();
        Map<String, Map<Integer, Long>> totals = new HashMap<>();
        for (SurveyScoreSource.Answer a : source.answers(surveyId, periods.start(0),
                periods.start(periods.count()))) {
            int period = periods.periodOf(a.at().getEpochSecond());
            String key = key(a, cut);
            if (period < 0 || key == null) {
                continue;
            }
            List<Map<Integer, Long>> row = cells.computeIfAbsent(key, k -> empty(periods.count()));
            row.get(period).merge(a.value(), 1L, Long::sum);
            totals.computeIfAbsent(key, k -> new HashMap<>()).merge(a.value(), 1L, Long::sum);
        }
        if (cells.isEmpty()) {
            cells.put(cut.value() != null ? cut.value() : "all", empty(periods.count()));
        }
        List<Report.Series> series = new ArrayList<>();
        for (var e : cells.entrySet()) {
            List<Report.Point> points = new ArrayList<>();
            for (int p = 0; p < periods.count(); p++) {
                points.add(point(surveyId, periods.start(p).atZone(periods.zone()).toOffsetDateTime().toString(),
                        e.getValue().get(p)));
            }
            series.add(new Report.Series(e.getKey(), point(surveyId, null, totals.getOrDefault(e.getKey(), Map.of())),
                    points));
        }
        return new Report("survey:" + surveyId, "survey", survey.name(), survey.unit(), List.of("score"), null,
                false, periods.start(0).toString(), periods.start(periods.count()).toString(), periods.zone().getId(),
                periods.granularity(), cut.all() ? null : cut.dimension(), series);
    }

    private Report.Point point(String surveyId, String start, Map<Integer, Long> counts) {
        SurveyScore score = source.score(surveyId, new AnswerDistribution(counts));
        Map<String, Double> figures = new LinkedHashMap<>();
        if (score.value() != null) {
            figures.put("score", score.value());
            figures.putAll(new TreeMap<>(score.details()));
        }
        return Report.Point.of(start, score.answers(), figures);
    }

    private static String key(SurveyScoreSource.Answer a, Cut cut) {
        return cut.keyOf(a.channel(), a.agent(), a.team());
    }

    private static List<Map<Integer, Long>> empty(int n) {
        List<Map<Integer, Long>> row = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            row.add(new HashMap<>());
        }
        return row;
    }
}
