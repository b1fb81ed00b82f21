package io.switchboard.host.reports;

import io.switchboard.host.problem.Problem;
import java.util.List;
import java.util.Locale;

/** How a report is split: not at all, or by channel, agent or team; optionally one value only. */
public record Cut(String dimension, String value) {

    static final List<String> DIMENSIONS = List.of("channel", "agent", "team");

    public static Cut of(String dimension, String value) {
        String d = dimension == null || dimension.isBlank() || dimension.equals("all") ? "all"
                : dimension.toLowerCase(Locale.ROOT);
        if (!d.equals("all") && !DIMENSIONS.contains(d)) {
            throw Problem.badRequest("cut must be one of " + DIMENSIONS);
        }
        if (d.equals("all") && value != null && !value.isBlank()) {
            throw Problem.badRequest("a value needs a cut (channel, agent or team)");
        }
        return new Cut(d, value == null || value.isBlank() ? null : value);
    }

    public boolean all() {
        return dimension.equals("all");
    }
}
