package io.switchboard.api.config;

import java.util.Objects;

/**
 * One reason a configuration was refused, tied to the field it concerns.
 *
 * @param field the field key, or an empty string for a problem with the whole configuration
 * @param message what is wrong, phrased for an admin, never containing a secret value
 * @since 1.0
 */
public record ConfigProblem(String field, String message) {

    /**
     * Validates the components.
     *
     * @since 1.0
     */
    public ConfigProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
