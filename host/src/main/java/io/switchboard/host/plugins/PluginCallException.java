package io.switchboard.host.plugins;

/**
 * A call into a plugin that did not give a usable answer: it threw, ran past its timeout, or
 * returned garbage. Already counted against the plugin by {@link PluginGuard}; callers decide
 * what it means for their request (a 500 to a provider, a retried delivery, a skipped poll).
 */
public final class PluginCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How the call failed. */
    public enum Kind { THREW, TIMED_OUT, INVALID_RESULT, OVERLOADED, STOPPED }

    private final String pluginId;
    private final String operation;
    private final Kind kind;

    PluginCallException(String pluginId, String operation, Kind kind, String message, Throwable cause) {
        super("plugin " + pluginId + " " + operation + ": " + message, cause);
        this.pluginId = pluginId;
        this.operation = operation;
        this.kind = kind;
    }

    public String pluginId() {
        return pluginId;
    }

    public String operation() {
        return operation;
    }

    public Kind kind() {
        return kind;
    }
}
