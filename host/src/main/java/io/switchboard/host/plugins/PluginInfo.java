package io.switchboard.host.plugins;

import java.util.List;

/**
 * An installed plugin as admins see it.
 *
 * @param state PF4J's state in lower case: started, stopped, disabled, failed, resolved...
 * @param failure why it failed to load or start, or why the desk stopped it, or {@code null}
 * @param channelTypes channel type ids it contributes (while started)
 * @param surveyTypes survey type ids it contributes (while started)
 * @param metricTypes metric ids it contributes (while started)
 * @param bundled shipped with the desk (read-only: it can be disabled, not removed or upgraded)
 * @param health how its calls went since it was last started
 */
public record PluginInfo(String id, String version, String provider, String description, String requires,
                         String state, boolean enabled, String failure, List<String> channelTypes,
                         List<String> surveyTypes, List<String> metricTypes, boolean bundled, PluginHealth health) {
}
