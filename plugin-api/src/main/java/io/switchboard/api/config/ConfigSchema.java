package io.switchboard.api.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields a plugin needs configured, in form order.
 *
 * @param fields the fields; keys are unique
 * @since 1.0
 */
public record ConfigSchema(List<ConfigField> fields) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    /**
     * Copies the list and checks that keys are unique.
     *
     * @since 1.0
     */
    public ConfigSchema {
        fields = List.copyOf(fields);
        Set<String> keys = new HashSet<>();
        for (ConfigField field : fields) {
            if (!keys.add(field.key())) {
                throw new IllegalArgumentException("duplicate config field key: " + field.key());
            }
        }
    }

    /**
     * A schema of the given fields.
     *
     * @param fields the fields
     * @return the schema
     * @since 1.0
     */
    public static ConfigSchema of(ConfigField... fields) {
        return new ConfigSchema(List.of(fields));
    }

    /**
     * The field with this key.
     *
     * @param key the key
     * @return the field, if declared
     * @since 1.0
     */
    public Optional<ConfigField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * Checks raw values against the schema: required fields present, types parse, choices
     * allowed, no undeclared keys. Messages never quote a secret's value.
     *
     * @param values raw values by key; blank strings count as absent
     * @return the problems found, empty when valid
     * @since 1.0
     */
    public List<ConfigProblem> validate(Map<String, String> values) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (String key : values.keySet()) {
            if (field(key).isEmpty()) {
                problems.add(new ConfigProblem(key, "unknown field '" + key + "'"));
            }
        }
        for (ConfigField field : fields) {
            String value = values.get(field.key());
            if (value == null || value.isBlank()) {
                if (field.required() && field.defaultValue() == null) {
                    problems.add(new ConfigProblem(field.key(), field.label() + " is required"));
                }
                continue;
            }
            typeProblem(field, value.strip()).ifPresent(m -> problems.add(new ConfigProblem(field.key(), m)));
        }
        return List.copyOf(problems);
    }

    /**
     * The values with defaults filled in for absent fields and blanks removed.
     *
     * @param values raw values by key
     * @return the effective values
     * @since 1.0
     */
    public ConfigValues resolve(Map<String, String> values) {
        Map<String, String> effective = new java.util.LinkedHashMap<>();
        for (ConfigField field : fields) {
            String value = values.get(field.key());
            if (value != null && !value.isBlank()) {
                effective.put(field.key(), value.strip());
            } else if (field.defaultValue() != null) {
                effective.put(field.key(), field.defaultValue());
            }
        }
        return new ConfigValues(effective);
    }

    private static Optional<String> typeProblem(ConfigField field, String value) {
        String shown = field.secret() ? "the value" : "'" + value + "'";
        switch (field.type()) {
            case INTEGER:
                try {
                    Long.parseLong(value);
                    return Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.of(field.label() + ": " + shown + " is not a whole number");
                }
            case BOOLEAN:
                return value.equals("true") || value.equals("false") ? Optional.empty()
                        : Optional.of(field.label() + ": " + shown + " is not true or false");
            case URL:
                return isHttpUrl(value) ? Optional.empty()
                        : Optional.of(field.label() + ": " + shown + " is not an absolute http(s) URL");
            case EMAIL:
                return EMAIL.matcher(value).matches() ? Optional.empty()
                        : Optional.of(field.label() + ": " + shown + " is not an email address");
            case PHONE:
                return E164.matcher(value).matches() ? Optional.empty()
                        : Optional.of(field.label() + ": " + shown + " is not an E.164 number such as +15551234567");
            case CHOICE:
                return field.choices().contains(value) ? Optional.empty()
                        : Optional.of(field.label() + ": " + shown + " is not one of " + field.choices());
            default:
                return Optional.empty();
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
