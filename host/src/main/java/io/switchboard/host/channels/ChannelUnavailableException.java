package io.switchboard.host.channels;

import io.switchboard.host.problem.Problem;
import java.util.Map;

/**
 * A channel instance that cannot take traffic now. Unknown keys are 404; disabled instances
 * or plugins are 503 so providers retry and nothing is lost while an admin re-enables it.
 */
final class ChannelUnavailableException {

    private ChannelUnavailableException() {
    }

    static Problem unknown(String key) {
        return new Problem(404, "Unknown channel", "no channel instance has the key '" + key + "'", Map.of());
    }

    static Problem disabled(String key) {
        return Problem.unavailable("channel instance '" + key + "' is disabled");
    }

    static Problem pluginMissing(String key, String type) {
        return Problem.unavailable("channel instance '" + key + "' needs channel type '" + type
                + "', whose plugin is not started");
    }
}
