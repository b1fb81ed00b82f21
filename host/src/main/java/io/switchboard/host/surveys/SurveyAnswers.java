package io.switchboard.host.surveys;

import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.survey.AnswerDistribution;
import io.switchboard.api.survey.SurveyDefinition;
import io.switchboard.api.survey.SurveyScale;
import io.switchboard.api.survey.SurveyScore;
import io.switchboard.api.survey.SurveyType;
import io.switchboard.host.plugins.PluginHost;
import io.switchboard.host.store.Rows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Survey answers for reports and dashboards: the answers of one survey type in a period
 * {@code [from, to)} by when they were (last) answered, optionally cut by the conversation's
 * channel type, its assignee at resolution and its team, and the score of such a distribution
 * computed by the survey plugin. Only answers on the survey's current scale are counted (a CES
 * switched from 5 to 7 points does not mix the two), and a survey whose plugin is not running
 * has no score: its answers stay stored and count again once it runs.
 */
public final class SurveyAnswers {

    private final Jdbi jdbi;
    private final PluginHost plugins;
    private final SurveySettingsStore settings;

    SurveyAnswers(Jdbi jdbi, PluginHost plugins, SurveySettingsStore settings) {
        this.jdbi = jdbi;
        this.plugins = plugins;
        this.settings = settings;
    }

    /** A cut of the answers; a null part does not narrow. */
    public record Cut(String channelType, Long agentId, Long teamId) {

        public static Cut all() {
            return new Cut(null, null, null);
        }
    }

    /** One answer: when it was (last) answered, its value, and the conversation's channel, agent and team. */
    public record TimedAnswer(Instant answeredAt, int value, String channelType, Long agentId, Long teamId) {
    }

    /** A survey type that is installed, running and switched on, with its current scale and settings. */
    public record EnabledSurvey(String id, SurveyDefinition definition, SurveyScale scale, ConfigValues settings) {
    }

    /** The answers of a survey type in {@code [from, to)}, oldest first. */
    public List<TimedAnswer> answers(String surveyId, Instant from, Instant to, Cut cut) {
        Optional<SurveyScale> scale = currentScale(surveyId);
        if (scale.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> {
            StringBuilder sql = new StringBuilder("SELECT answered_at, answer_value, channel_type, agent_id, team_id"
                    + " FROM survey_answers"
                    + " WHERE survey_id = :survey AND answered_at >= :from AND answered_at < :to AND scale_max = :max");
            Map<String, Object> binds = new HashMap<>(Map.of("survey", surveyId, "from", from, "to", to,
                    "max", scale.get().max()));
            narrow(sql, binds, cut);
            Query query = h.createQuery(sql + " ORDER BY answered_at, request_id");
            binds.forEach(query::bind);
            return query.map((rs, ctx) -> new TimedAnswer(Rows.instant(rs, "answered_at"),
                    rs.getInt("answer_value"), rs.getString("channel_type"), Rows.nullableLong(rs, "agent_id"),
                    Rows.nullableLong(rs, "team_id"))).list();
        });
    }

    /** How many answers each value got in {@code [from, to)}. */
    public AnswerDistribution distribution(String surveyId, Instant from, Instant to, Cut cut) {
        Map<Integer, Long> counts = new HashMap<>();
        for (TimedAnswer answer : answers(surveyId, from, to, cut)) {
            counts.merge(answer.value(), 1L, Long::sum);
        }
        return new AnswerDistribution(counts);
    }

    /** The plugin's score of a distribution; empty when the survey's plugin is not running. */
    public Optional<SurveyScore> score(String surveyId, AnswerDistribution answers) {
        SurveyType type = plugins.surveyTypes().get(surveyId);
        return type == null ? Optional.empty() : Optional.of(type.score(answers, pluginSettings(type)));
    }

    /** The score of a survey type over a period and cut; empty when its plugin is not running. */
    public Optional<SurveyScore> score(String surveyId, Instant from, Instant to, Cut cut) {
        return score(surveyId, distribution(surveyId, from, to, cut));
    }

    /** Survey types whose plugin runs and that an admin switched on. */
    public List<EnabledSurvey> enabledSurveys() {
        List<EnabledSurvey> enabled = new ArrayList<>();
        plugins.surveyTypes().forEach((id, type) -> {
            if (settings.find(id).enabled()) {
                ConfigValues values = pluginSettings(type);
                enabled.add(new EnabledSurvey(id, type.definition(), type.scale(values), values));
            }
        });
        return enabled;
    }

    /**
     * Survey types whose plugin runs and that are switched on or were answered before: a survey
     * an admin switched off asks no more, but its answers keep their place in reports.
     */
    public List<SurveyDefinition> reportedSurveys() {
        List<SurveyDefinition> reported = new ArrayList<>();
        plugins.surveyTypes().forEach((id, type) -> {
            if (settings.find(id).enabled() || answered(id)) {
                reported.add(type.definition());
            }
        });
        return reported;
    }

    private boolean answered(String surveyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT 1 FROM survey_answers WHERE survey_id = :id LIMIT 1")
                .bind("id", surveyId).mapTo(Integer.class).findOne().isPresent());
    }

    private Optional<SurveyScale> currentScale(String surveyId) {
        return Optional.ofNullable(plugins.surveyTypes().get(surveyId)).map(t -> t.scale(pluginSettings(t)));
    }

    private ConfigValues pluginSettings(SurveyType type) {
        return type.definition().settings().resolve(settings.find(type.definition().id()).plugin());
    }

    static void narrow(StringBuilder sql, Map<String, Object> binds, Cut cut) {
        if (cut.channelType() != null) {
            sql.append(" AND channel_type = :channel");
            binds.put("channel", cut.channelType());
        }
        if (cut.agentId() != null) {
            sql.append(" AND agent_id = :agent");
            binds.put("agent", cut.agentId());
        }
        if (cut.teamId() != null) {
            sql.append(" AND team_id = :team");
            binds.put("team", cut.teamId());
        }
    }
}
