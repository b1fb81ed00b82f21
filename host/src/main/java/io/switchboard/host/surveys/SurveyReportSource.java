package io.switchboard.host.surveys;

import io.switchboard.api.survey.AnswerDistribution;
import io.switchboard.api.survey.SurveyScore;
import io.switchboard.host.reports.SurveyScoreSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Survey scores for the reports API and dashboard: the stored answers of the survey types that
 * are switched on or were answered before, scored by their own plugins. Only answers on a
 * survey's current scale count, as in {@link SurveyAnswers}.
 */
public final class SurveyReportSource implements SurveyScoreSource {

    private final SurveyAnswers answers;

    public SurveyReportSource(SurveyAnswers answers) {
        this.answers = answers;
    }

    @Override
    public List<Survey> surveys() {
        return answers.reportedSurveys().stream().map(d -> new Survey(d.id(), d.name(), unitOf(d.id()))).toList();
    }

    @Override
    public List<Answer> answers(String surveyId, Instant from, Instant to) {
        return answers.answers(surveyId, from, to, SurveyAnswers.Cut.all()).stream()
                .map(a -> new Answer(a.answeredAt(), a.value(), a.channelType(), idText(a.agentId()),
                        idText(a.teamId())))
                .toList();
    }

    @Override
    public SurveyScore score(String surveyId, AnswerDistribution distribution) {
        return answers.score(surveyId, distribution).orElseGet(() -> SurveyScore.noData(unitOf(surveyId)));
    }

    /** The unit the plugin scores in ("%" for CSAT, "nps", "mean"...), read from its empty score. */
    private String unitOf(String surveyId) {
        return answers.score(surveyId, new AnswerDistribution(Map.of())).map(SurveyScore::unit).orElse("");
    }

    private static String idText(Long id) {
        return id == null ? null : id.toString();
    }
}
