package io.switchboard.api.config;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validated configuration values, defaults applied, secrets included. {@link #toString()}
 * lists keys only, so logging a {@code ConfigValues} never leaks a secret.
 *
 * @param values the values by field key
 * @since 1.0
 */
public record ConfigValues(Map<String, String> values) {

    /**
     * Copies the map.
     *
     * @since 1.0
     */
    public ConfigValues {
        values = Map.copyOf(values);
    }

    /**
     * No values at all.
     *
     * @return empty values
     * @since 1.0
     */
    public static ConfigValues empty() {
        return new ConfigValues(Map.of());
    }

    /**
     * The value of a field.
     *
     * @param key the field key
     * @return the value, if set
     * @since 1.0
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /**
     * The value of a field that must be set.
     *
     * @param key the field key
     * @return the value
     * @throws IllegalStateException when the field is not set
     * @since 1.0
     */
    public String require(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("config field '" + key + "' is not set");
        }
        return value;
    }

    /**
     * A whole-number field.
     *
     * @param key the field key
     * @param fallback value when not set
     * @return the number
     * @since 1.0
     */
    public long getLong(String key, long fallback) {
        return get(key).map(Long::parseLong).orElse(fallback);
    }

    /**
     * A boolean field.
     *
     * @param key the field key
     * @param fallback value when not set
     * @return the boolean
     * @since 1.0
     */
    public boolean getBoolean(String key, boolean fallback) {
        return get(key).map(Boolean::parseBoolean).orElse(fallback);
    }

    /**
     * A field holding a number of seconds.
     *
     * @param key the field key
     * @param fallback value when not set
     * @return the duration
     * @since 1.0
     */
    public Duration getSeconds(String key, Duration fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return get(key).map(v -> Duration.ofSeconds(Long.parseLong(v))).orElse(fallback);
    }

    /**
     * Lists the keys, never the values.
     *
     * @return a description without values
     * @since 1.0
     */
    @Override
    public String toString() {
        return "ConfigValues" + new java.util.TreeSet<>(values.keySet());
    }
}
