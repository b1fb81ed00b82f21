package io.switchboard.api.config;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One field of a {@link ConfigSchema}. Built with a factory and refined with the
 * {@code with}-style methods, each of which returns a new field:
 * {@code ConfigField.text("appSecret", "App secret").asSecret()}.
 *
 * @param key stable machine name, {@code [a-zA-Z][a-zA-Z0-9_.-]*}
 * @param label human label shown in the admin form
 * @param type the kind of value
 * @param required whether a value must be given
 * @param secret whether the value is write-only: never shown again, never logged
 * @param defaultValue value used when none is given, or {@code null}
 * @param help one sentence of guidance for the admin, or an empty string
 * @param choices the allowed values of a {@link FieldType#CHOICE} field, empty otherwise
 * @since 1.0
 */
public record ConfigField(String key, String label, FieldType type, boolean required, boolean secret,
                          String defaultValue, String help, List<String> choices) {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.-]*");

    /**
     * Validates the components and copies the list.
     *
     * @since 1.0
     */
    public ConfigField {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("invalid config field key: " + key);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        help = help == null ? "" : help;
        choices = List.copyOf(choices == null ? List.of() : choices);
        if (type == FieldType.CHOICE && choices.isEmpty()) {
            throw new IllegalArgumentException("choice field " + key + " needs choices");
        }
    }

    /**
     * A field of the given type, optional, not secret, without default.
     *
     * @param key the key
     * @param label the label
     * @param type the type
     * @return the field
     * @since 1.0
     */
    public static ConfigField of(String key, String label, FieldType type) {
        return new ConfigField(key, label, type, false, false, null, "", List.of());
    }

    /**
     * A single-line text field.
     *
     * @param key the key
     * @param label the label
     * @return the field
     * @since 1.0
     */
    public static ConfigField text(String key, String label) {
        return of(key, label, FieldType.TEXT);
    }

    /**
     * A required, secret text field (a password, token or signing secret).
     *
     * @param key the key
     * @param label the label
     * @return the field
     * @since 1.0
     */
    public static ConfigField secretText(String key, String label) {
        return text(key, label).asRequired().asSecret();
    }

    /**
     * A choice among fixed values.
     *
     * @param key the key
     * @param label the label
     * @param choices the allowed values, the first being the default
     * @return the field
     * @since 1.0
     */
    public static ConfigField choice(String key, String label, String... choices) {
        return new ConfigField(key, label, FieldType.CHOICE, true, false, choices.length == 0 ? null : choices[0],
                "", List.of(choices));
    }

    /**
     * This field, required.
     *
     * @return a copy that is required
     * @since 1.0
     */
    public ConfigField asRequired() {
        return new ConfigField(key, label, type, true, secret, defaultValue, help, choices);
    }

    /**
     * This field, secret (write-only).
     *
     * @return a copy that is secret
     * @since 1.0
     */
    public ConfigField asSecret() {
        return new ConfigField(key, label, type, required, true, defaultValue, help, choices);
    }

    /**
     * This field with a default value.
     *
     * @param value the default
     * @return a copy with the default
     * @since 1.0
     */
    public ConfigField withDefault(String value) {
        return new ConfigField(key, label, type, required, secret, value, help, choices);
    }

    /**
     * This field with help text.
     *
     * @param text the help text
     * @return a copy with the help text
     * @since 1.0
     */
    public ConfigField withHelp(String text) {
        return new ConfigField(key, label, type, required, secret, defaultValue, text, choices);
    }
}
