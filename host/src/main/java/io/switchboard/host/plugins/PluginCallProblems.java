package io.switchboard.host.plugins;

import io.switchboard.host.web.ProblemBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import java.util.Map;

/**
 * A plugin call that failed under an API request (validating a channel's configuration,
 * fetching an attachment...) is the plugin's fault, not the desk's: 502, or 503 with
 * Retry-After when it timed out or was overloaded. The guard already logged and counted it.
 */
public final class PluginCallProblems implements ExceptionMapper<PluginCallException> {

    @Override
    public Response toResponse(PluginCallException e) {
        boolean busy = e.kind() == PluginCallException.Kind.TIMED_OUT || e.kind() == PluginCallException.Kind.OVERLOADED;
        String detail = "plugin " + e.pluginId() + " failed in " + e.operation() + " ("
                + e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
        return ProblemBody.of(busy ? 503 : 502, busy ? "Plugin busy" : "Plugin failed", detail, Map.of());
    }
}
