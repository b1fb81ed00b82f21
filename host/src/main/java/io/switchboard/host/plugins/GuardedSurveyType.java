package io.switchboard.host.plugins;

import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.survey.AnswerDistribution;
import io.switchboard.api.survey.SurveyDefinition;
import io.switchboard.api.survey.SurveyScale;
import io.switchboard.api.survey.SurveyScore;
import io.switchboard.api.survey.SurveyType;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A plugin's survey type as the host sees it: its definition read once (through the guard)
 * when the plugin starts, every other call through the {@link PluginGuard}, so a survey plugin
 * that throws or hangs while a customer's message is ingested fails alone.
 */
final class GuardedSurveyType implements SurveyType {

    private final String pluginId;
    private final SurveyType plugin;
    private final PluginGuard guard;
    private final SurveyDefinition definition;

    GuardedSurveyType(String pluginId, SurveyType plugin, PluginGuard guard) {
        this.pluginId = pluginId;
        this.plugin = plugin;
        this.guard = guard;
        this.definition = guard.call(pluginId, "survey.definition", plugin::definition);
    }

    @Override
    public SurveyDefinition definition() {
        return definition;
    }

    @Override
    public SurveyScale scale(ConfigValues settings) {
        return guard.call(pluginId, "survey.scale", () -> plugin.scale(settings));
    }

    @Override
    public SurveyScale scale(ConfigValues settings, Locale locale) {
        return guard.call(pluginId, "survey.scale", () -> plugin.scale(settings, locale));
    }

    @Override
    public String question(ConfigValues settings, Locale locale) {
        return guard.call(pluginId, "survey.question", () -> plugin.question(settings, locale));
    }

    @Override
    public OptionalInt parseAnswer(String reply, ConfigValues settings, Locale locale) {
        return guard.call(pluginId, "survey.parseAnswer", () -> plugin.parseAnswer(reply, settings, locale));
    }

    @Override
    public SurveyScore score(AnswerDistribution answers, ConfigValues settings) {
        return guard.call(pluginId, "survey.score", () -> plugin.score(answers, settings));
    }

    @Override
    public boolean isLowScore(int value, ConfigValues settings) {
        return guard.call(pluginId, "survey.isLowScore", () -> plugin.isLowScore(value, settings));
    }

    @Override
    public List<ConfigProblem> validate(ConfigValues settings) {
        return guard.call(pluginId, "survey.validate", () -> plugin.validate(settings));
    }
}
