package io.switchboard.host.plugins;

import java.time.Instant;

/**
 * How a plugin's calls went since it was last started.
 *
 * @param calls calls made through the guard
 * @param failures calls that threw, timed out or returned garbage
 * @param timeouts calls abandoned after their timeout
 * @param consecutiveFailures failures since the last success; the guard stops the plugin at its limit
 * @param running calls still running, including abandoned ones that never returned
 * @param lastError the last failure (operation and message), or {@code null}
 * @param lastErrorAt when it happened, or {@code null}
 */
public record PluginHealth(long calls, long failures, long timeouts, int consecutiveFailures, int running,
                           String lastError, Instant lastErrorAt) {

    static final PluginHealth NONE = new PluginHealth(0, 0, 0, 0, 0, null, null);
}
