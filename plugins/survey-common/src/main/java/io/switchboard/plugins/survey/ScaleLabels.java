package io.switchboard.plugins.survey;

import io.switchboard.api.config.ConfigProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admin-written labels of a scale, {@code 1=Very difficult|3=Neutral|5=Very easy}: listed from
 * the worst to the best answer, so the values must rise strictly in the order written (a
 * reversed scale such as {@code 5=Very difficult|1=Very easy} is refused), each on the scale,
 * each label non-blank and different from the others.
 */
public final class ScaleLabels {

    private ScaleLabels() {
    }

    /**
     * The labels a setting describes.
     *
     * @param setting the setting text, may be blank (no labels)
     * @param min smallest value
     * @param max largest value
     * @param key the setting's key, named in problems
     * @param problems where problems are added
     * @return value to label in the order written; empty when blank or invalid
     */
    public static Map<Integer, String> parse(String setting, int min, int max, String key,
                                             List<ConfigProblem> problems) {
        Map<Integer, String> labels = new LinkedHashMap<>();
        if (setting == null || setting.isBlank()) {
            return labels;
        }
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int previous = Integer.MIN_VALUE;
        for (String entry : setting.split("\\|")) {
            int equals = entry.indexOf('=');
            String valueText = equals < 0 ? "" : entry.substring(0, equals).strip();
            String label = equals < 0 ? "" : entry.substring(equals + 1).strip();
            int value = ReplyText.digits(valueText);
            if (equals < 0 || value < 0 || label.isEmpty()) {
                found.add("'" + entry.strip() + "' is not value=label, such as 1=Very difficult");
            } else if (value < min || value > max) {
                found.add("value " + value + " is outside the scale " + min + " to " + max);
            } else if (value <= previous) {
                found.add("labels must rise with the value from " + min + " (worst) to " + max
                        + " (best), but " + value + " follows " + previous);
            } else if (!seen.add(label.toLowerCase(java.util.Locale.ROOT))) {
                found.add("label '" + label + "' is used twice");
            } else {
                labels.put(value, label);
                previous = value;
            }
        }
        found.forEach(message -> problems.add(new ConfigProblem(key, "Labels: " + message)));
        return found.isEmpty() ? labels : new LinkedHashMap<>();
    }
}
