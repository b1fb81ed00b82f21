package io.switchboard.host.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.survey.AnswerDistribution;
import io.switchboard.api.survey.ScoreRating;
import io.switchboard.api.survey.SurveyScore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Survey scores through the report shape, from an in-memory source that scores CSAT as % of 4s and 5s. */
class SurveyReportsTest {

    private static final class InMemoryCsat implements SurveyScoreSource {
        private final List<Answer> answers = List.of(
                new Answer(Instant.parse("2024-03-04T10:00:00Z"), 5, "webchat", "1", null),
                new Answer(Instant.parse("2024-03-04T11:00:00Z"), 2, "sms", "2", null),
                new Answer(Instant.parse("2024-03-04T12:00:00Z"), 4, "webchat", "2", null),
                new Answer(Instant.parse("2024-03-06T12:00:00Z"), 1, "webchat", "1", null));

        @Override
        public List<Survey> surveys() {
            return List.of(new Survey("csat", "CSAT", "percent"));
        }

        @Override
        public List<Answer> answers(String surveyId, Instant from, Instant to) {
            return answers.stream().filter(a -> !a.at().isBefore(from) && a.at().isBefore(to)).toList();
        }

        @Override
        public SurveyScore score(String surveyId, AnswerDistribution d) {
            if (d.total() == 0) {
                return SurveyScore.noData("percent");
            }
            return new SurveyScore(100.0 * d.countBetween(4, 5) / d.total(), "percent", d.total(), ScoreRating.GOOD,
                    Map.of("mean", d.mean().orElseThrow()));
        }
    }

    private final SurveyReports reports = new SurveyReports(new InMemoryCsat());

    @Test
    void scoresEachPeriodAndTheTotalsWithTheirAnswerCounts() {
        Report report = reports.report("csat", Periods.of("2024-03-04", "2024-03-07", "UTC", "day"),
                Cut.of(null, null));
        Report.Series all = report.series().get(0);
        assertEquals(4, all.totals().count());
        assertEquals(50.0, all.totals().figures().get("score"), 1e-9);
        assertEquals(3, all.periods().get(0).count());
        assertEquals(200.0 / 3, all.periods().get(0).figures().get("score"), 1e-9);
        assertEquals(11.0 / 3, all.periods().get(0).figures().get("mean"), 1e-9);
        assertTrue(all.periods().get(1).noData());
    }

    @Test
    void cutsByChannel() {
        Report report = reports.report("csat", Periods.of("2024-03-04", "2024-03-05", "UTC", "day"),
                Cut.of("channel", "webchat"));
        assertEquals(1, report.series().size());
        assertEquals(2, report.series().get(0).totals().count());
        assertEquals(100.0, report.series().get(0).totals().figures().get("score"), 1e-9);
    }
}
