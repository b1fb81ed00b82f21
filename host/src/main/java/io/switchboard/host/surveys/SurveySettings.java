package io.switchboard.host.surveys;

import java.util.List;
import java.util.Map;

/**
 * An admin's settings of one survey type.
 *
 * @param surveyId the survey type id ({@code csat})
 * @param enabled whether resolutions send it
 * @param channels channel type ids it is sent on; empty means every channel
 * @param delaySeconds how long after the resolution it is sent
 * @param lowScoreAction what a low answer does
 * @param questions the admin's question text by language code, replacing the plugin's
 * @param plugin the plugin's own settings (its {@code SurveyDefinition.settings()} schema)
 */
public record SurveySettings(String surveyId, boolean enabled, List<String> channels, long delaySeconds,
                             LowScoreAction lowScoreAction, Map<String, String> questions,
                             Map<String, String> plugin) {

    public SurveySettings {
        channels = List.copyOf(channels == null ? List.of() : channels);
        questions = Map.copyOf(questions == null ? Map.of() : questions);
        plugin = Map.copyOf(plugin == null ? Map.of() : plugin);
        lowScoreAction = lowScoreAction == null ? LowScoreAction.NONE : lowScoreAction;
    }

    /** A survey type nobody configured yet: off. */
    static SurveySettings off(String surveyId) {
        return new SurveySettings(surveyId, false, List.of(), 0, LowScoreAction.NONE, Map.of(), Map.of());
    }

    /** Whether it is sent on a channel type. */
    boolean coversChannel(String channelType) {
        return channels.isEmpty() || channels.contains(channelType);
    }
}
