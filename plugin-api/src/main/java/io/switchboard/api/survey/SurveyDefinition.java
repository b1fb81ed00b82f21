package io.switchboard.api.survey;

import io.switchboard.api.config.ConfigSchema;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Declares a survey type.
 *
 * @param id stable identifier, {@code [a-z][a-z0-9-]*}, such as {@code csat}
 * @param name display name, such as {@code Customer satisfaction (CSAT)}
 * @param settings type-specific settings an admin may set (the host adds the generic ones:
 *     enabled, channels, delay, question text per language)
 * @since 1.0
 */
public record SurveyDefinition(String id, String name, ConfigSchema settings) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * Validates the components.
     *
     * @since 1.0
     */
    public SurveyDefinition {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid survey id: " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(settings, "settings");
    }
}
