package io.switchboard.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts about the plugin API itself.
 *
 * @since 1.0
 */
public final class PluginApi {

    private PluginApi() {
    }

    /**
     * The plugin API version this class was built as, without any qualifier such as
     * {@code -SNAPSHOT}; a host sets it as the PF4J system version so that a plugin's
     * {@code Plugin-Requires} range is enforced. Read at run time, never inlined into a plugin.
     *
     * @return a semantic version such as {@code 1.0.0}
     * @since 1.0
     */
    public static String version() {
        try (InputStream in = PluginApi.class.getResourceAsStream("plugin-api.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            int qualifier = version.indexOf('-');
            return qualifier < 0 ? version : version.substring(0, qualifier);
        } catch (IOException e) {
            throw new UncheckedIOException("plugin-api.properties is unreadable", e);
        }
    }
}
