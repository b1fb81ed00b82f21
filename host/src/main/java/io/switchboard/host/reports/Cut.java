package io.switchboard.host.reports;

import io.switchboard.host.problem.Problem;
import java.util.List;
import java.util.Locale;

/**
 * How a report is split: not at all, or by channel, agent or team; optionally one value only,
 * and optionally within one channel (an agent cut within one channel reads the day rows' own
 * channel-agent cut; a team cut within one channel is not kept).
 */
public record Cut(String dimension, String value, String channel) {

    static final List<String> DIMENSIONS = List.of("channel", "agent", "team");

    public static Cut of(String dimension, String value) {
        return of(dimension, value, null);
    }

    public static Cut of(String dimension, String value, String channel) {
        String d = dimension == null || dimension.isBlank() || dimension.equals("all") ? "all"
                : dimension.toLowerCase(Locale.ROOT);
        if (!d.equals("all") && !DIMENSIONS.contains(d)) {
            throw Problem.badRequest("cut must be one of " + DIMENSIONS);
        }
        if (d.equals("all") && value != null && !value.isBlank()) {
            throw Problem.badRequest("a value needs a cut (channel, agent or team)");
        }
        String v = value == null || value.isBlank() ? null : value;
        String c = channel == null || channel.isBlank() ? null : channel;
        if (c != null && d.equals("team")) {
            throw Problem.badRequest("a team cut within one channel is not supported; use the agent cut");
        }
        if (c != null && (d.equals("all") || d.equals("channel"))) {
            if (v != null && !v.equals(c)) {
                throw Problem.badRequest("channel and value name different channels");
            }
            return new Cut("channel", c, null); // one channel: the channel cut's row
        }
        return new Cut(d, v, c);
    }

    public boolean all() {
        return dimension.equals("all");
    }

    /** The key of an observation or answer under this cut, or null when the cut leaves it out. */
    String keyOf(String channelType, String agent, String team) {
        if (channel != null && !channel.equals(channelType)) {
            return null;
        }
        String key = switch (dimension) {
            case "channel" -> channelType;
            case "agent" -> agent == null ? "-" : agent;
            case "team" -> team == null ? "-" : team;
            default -> "all";
        };
        return value == null || value.equals(key) ? key : null;
    }
}
