package io.switchboard.host.surveys;

import io.switchboard.api.config.ConfigField;
import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.survey.SurveyScale;
import io.switchboard.api.survey.SurveyType;
import io.switchboard.host.plugins.PluginHost;
import io.switchboard.host.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads and validates the admin's survey settings; every problem is reported at once, by field. */
final class SurveyAdmin {

    static final long MAX_DELAY_SECONDS = 30L * 24 * 3600;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final List<String> SHOWN_LANGUAGES = List.of("en", "th", "cs", "sw");

    private final PluginHost plugins;
    private final SurveySettingsStore store;

    SurveyAdmin(PluginHost plugins, SurveySettingsStore store) {
        this.plugins = plugins;
        this.store = store;
    }

    /** A survey type as admins and agents see it. */
    record SurveyView(String id, String name, boolean enabled, List<String> channels, long delaySeconds,
                      String lowScoreAction, Map<String, String> questions, Map<String, String> defaultQuestions,
                      Map<String, String> settings, List<ConfigField> schema, SurveyScale scale) {
    }

    /** The admin's changes; a null member keeps the current value. */
    record Change(Boolean enabled, List<String> channels, Long delaySeconds, String lowScoreAction,
                  Map<String, String> questions, Map<String, String> settings) {
    }

    /** The desk-wide survey settings. */
    record DeskView(String defaultLanguage, List<SurveyView> surveys) {
    }

    List<SurveyView> views() {
        List<SurveyView> views = new ArrayList<>();
        plugins.surveyTypes().forEach((id, type) -> views.add(view(type, store.find(id))));
        return views;
    }

    DeskView desk() {
        return new DeskView(store.desk().defaultLanguage(), views());
    }

    SurveyView update(String surveyId, Change change) {
        SurveyType type = plugins.surveyTypes().get(surveyId);
        if (type == null) {
            throw Problem.notFound("no running survey plugin provides '" + surveyId + "'; installed surveys: "
                    + plugins.surveyTypes().keySet());
        }
        SurveySettings current = store.find(surveyId);
        List<ConfigProblem> problems = new ArrayList<>();
        List<String> channels = change.channels() == null ? current.channels() : change.channels();
        for (String channel : channels) {
            if (channel == null || !plugins.connectors().containsKey(channel)) {
                problems.add(new ConfigProblem("channels", "unknown channel type '" + channel + "'; known: "
                        + plugins.connectors().keySet()));
            }
        }
        long delay = change.delaySeconds() == null ? current.delaySeconds() : change.delaySeconds();
        if (delay < 0 || delay > MAX_DELAY_SECONDS) {
            problems.add(new ConfigProblem("delaySeconds", "the delay must be 0 to " + MAX_DELAY_SECONDS
                    + " seconds (30 days), not " + delay));
        }
        LowScoreAction action = current.lowScoreAction();
        if (change.lowScoreAction() != null) {
            try {
                action = LowScoreAction.of(change.lowScoreAction());
            } catch (IllegalArgumentException e) {
                problems.add(new ConfigProblem("lowScoreAction", e.getMessage()));
            }
        }
        Map<String, String> questions = change.questions() == null ? current.questions() : clean(change.questions());
        questions.forEach((language, text) -> {
            if (!LANGUAGE.matcher(language).matches()) {
                problems.add(new ConfigProblem("questions", "'" + language + "' is not a language code such as en"));
            } else if (text.length() > 1000) {
                problems.add(new ConfigProblem("questions", "the " + language + " question has " + text.length()
                        + " characters; at most 1000"));
            }
        });
        Map<String, String> plugin = change.settings() == null ? current.plugin() : clean(change.settings());
        List<ConfigProblem> schemaProblems = type.definition().settings().validate(plugin);
        problems.addAll(schemaProblems);
        if (schemaProblems.isEmpty()) {
            problems.addAll(type.validate(type.definition().settings().resolve(plugin)));
        }
        if (!problems.isEmpty()) {
            throw Problem.unprocessable("Invalid survey settings", problems.stream()
                    .map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElseThrow(),
                    Map.of("problems", problems));
        }
        SurveySettings saved = new SurveySettings(surveyId, change.enabled() == null ? current.enabled()
                : change.enabled(), channels, delay, action, questions, plugin);
        store.save(saved);
        return view(type, saved);
    }

    DeskView setDefaultLanguage(String language) {
        if (language == null || !LANGUAGE.matcher(language.strip()).matches()) {
            throw Problem.unprocessable("Invalid default language", "defaultLanguage must be a language code such"
                    + " as en, th, cs or sw, not '" + language + "'", Map.of());
        }
        store.setDefaultLanguage(language.strip());
        return desk();
    }

    private static SurveyView view(SurveyType type, SurveySettings s) {
        ConfigValues values = type.definition().settings().resolve(s.plugin());
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String language : SHOWN_LANGUAGES) {
            defaults.put(language, type.question(values, Locale.forLanguageTag(language)));
        }
        return new SurveyView(type.definition().id(), type.definition().name(), s.enabled(), s.channels(),
                s.delaySeconds(), s.lowScoreAction().id(), s.questions(), defaults, s.plugin(),
                type.definition().settings().fields(), type.scale(values));
    }

    private static Map<String, String> clean(Map<String, String> values) {
        Map<String, String> cleaned = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key != null && value != null && !value.isBlank()) {
                cleaned.put(key.strip(), value.strip());
            }
        });
        return cleaned;
    }
}
