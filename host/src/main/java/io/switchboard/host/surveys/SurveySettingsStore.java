package io.switchboard.host.surveys;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Type;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for survey settings and the desk-wide survey row (default language, link key). */
final class SurveySettingsStore {

    private static final Gson GSON = new Gson();
    private static final Type STRINGS = new TypeToken<Map<String, String>>() { }.getType();

    private final Jdbi jdbi;
    private final Clock clock;

    SurveySettingsStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    SurveySettings find(Handle h, String surveyId) {
        return h.createQuery("SELECT * FROM survey_settings WHERE survey_id = :id").bind("id", surveyId)
                .map((rs, ctx) -> new SurveySettings(rs.getString("survey_id"), rs.getBoolean("enabled"),
                        split(rs.getString("channel_types")), rs.getLong("delay_seconds"),
                        LowScoreAction.of(rs.getString("low_score_action")), strings(rs.getString("questions_json")),
                        strings(rs.getString("plugin_json"))))
                .findOne().orElseGet(() -> SurveySettings.off(surveyId));
    }

    SurveySettings find(String surveyId) {
        return jdbi.withHandle(h -> find(h, surveyId));
    }

    void save(SurveySettings s) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM survey_settings WHERE survey_id = :id").bind("id", s.surveyId()).execute();
            h.createUpdate("INSERT INTO survey_settings (survey_id, enabled, channel_types, delay_seconds,"
                            + " low_score_action, questions_json, plugin_json, updated_at) VALUES (:id, :enabled,"
                            + " :channels, :delay, :action, :questions, :plugin, :now)")
                    .bind("id", s.surveyId()).bind("enabled", s.enabled())
                    .bind("channels", String.join(",", s.channels())).bind("delay", s.delaySeconds())
                    .bind("action", s.lowScoreAction().id()).bind("questions", GSON.toJson(s.questions()))
                    .bind("plugin", GSON.toJson(s.plugin())).bind("now", clock.instant()).execute();
        });
    }

    /** The desk row, created with English and a fresh random link key on first use. */
    Desk desk() {
        return jdbi.inTransaction(h -> {
            var row = h.createQuery("SELECT default_language, link_key FROM survey_desk WHERE id = 1")
                    .map((rs, ctx) -> new Desk(rs.getString("default_language"),
                            Base64.getDecoder().decode(rs.getString("link_key"))))
                    .findOne();
            if (row.isPresent()) {
                return row.get();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            h.createUpdate("INSERT INTO survey_desk (id, default_language, link_key, updated_at)"
                            + " VALUES (1, 'en', :key, :now)")
                    .bind("key", Base64.getEncoder().encodeToString(key)).bind("now", clock.instant()).execute();
            return new Desk("en", key);
        });
    }

    void setDefaultLanguage(String language) {
        desk();
        jdbi.useHandle(h -> h.createUpdate("UPDATE survey_desk SET default_language = :language, updated_at = :now"
                + " WHERE id = 1").bind("language", language).bind("now", clock.instant()).execute());
    }

    static Map<String, String> strings(String json) {
        return json == null ? Map.of() : GSON.fromJson(json, STRINGS);
    }

    static String json(Map<String, String> values) {
        return GSON.toJson(values);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).toList();
    }

    /** Desk-wide survey settings; the key never leaves the host. */
    record Desk(String defaultLanguage, byte[] linkKey) {
    }
}
