package io.switchboard.host.plugins;

/** An admin named a plugin that is not installed. */
public final class UnknownPluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownPluginException(String pluginId) {
        super("no plugin '" + pluginId + "' is installed");
    }
}
