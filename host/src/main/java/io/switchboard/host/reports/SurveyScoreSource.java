package io.switchboard.host.reports;

import io.switchboard.api.survey.AnswerDistribution;
import io.switchboard.api.survey.SurveyScore;
import java.time.Instant;
import java.util.List;

/**
 * Where reports get survey scores: the survey feature implements it over its stored answers
 * and the survey plugins' scoring. Reports bucket the answers by period and cut, then ask for
 * the score of each bucket's distribution.
 */
public interface SurveyScoreSource {

    /** A survey type that has (or can have) answers. */
    record Survey(String id, String name, String unit) {
    }

    /** One answer: when it was given, its value, and the conversation's channel, agent and team. */
    record Answer(Instant at, int value, String channel, String agent, String team) {
    }

    List<Survey> surveys();

    /** The answers given in {@code [from, to)}. */
    List<Answer> answers(String surveyId, Instant from, Instant to);

    /** The survey's score over a distribution, as its plugin scores it. */
    SurveyScore score(String surveyId, AnswerDistribution answers);

    /** No surveys: what reports use until the survey feature provides a source. */
    SurveyScoreSource NONE = new SurveyScoreSource() {
        @Override
        public List<Survey> surveys() {
            return List.of();
        }

        @Override
        public List<Answer> answers(String surveyId, Instant from, Instant to) {
            return List.of();
        }

        @Override
        public SurveyScore score(String surveyId, AnswerDistribution answers) {
            return SurveyScore.noData("mean");
        }
    };
}
