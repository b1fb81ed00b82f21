package io.switchboard.host.plugins;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.pf4j.VersionManager;

/**
 * The rules for an uploaded plugin's {@code plugin.properties}: a strict id (it names files
 * and URLs), a semantic version, and a {@code plugin.requires} range that this desk's plugin
 * API version satisfies.
 */
final class PluginDescriptorCheck {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final int MAX_ID_LENGTH = 64;
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    private PluginDescriptorCheck() {
    }

    static Properties check(byte[] descriptor, String systemVersion, VersionManager versions) {
        if (descriptor == null) {
            throw new UploadRefusedException("plugin.properties is missing at the top of the zip; a PF4J plugin zip"
                    + " holds plugin.properties, classes/ and lib/");
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(descriptor, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            throw new UploadRefusedException("plugin.properties cannot be read: " + e.getMessage());
        }
        String id = required(properties, "plugin.id");
        if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            throw new UploadRefusedException("plugin.id '" + id + "' is not allowed: use 1 to " + MAX_ID_LENGTH
                    + " characters of a-z, 0-9 and single '-' between them, starting with a letter");
        }
        String version = required(properties, "plugin.version");
        if (!VERSION.matcher(version).matches()) {
            throw new UploadRefusedException("plugin.version '" + version + "' is not a semantic version such as"
                    + " 1.2.0");
        }
        String requires = required(properties, "plugin.requires");
        if ("*".equals(requires)) {
            throw new UploadRefusedException("plugin.requires is '*': declare the plugin API versions the plugin"
                    + " was built for, such as >=1.0.0 & <2.0.0");
        }
        boolean compatible;
        try {
            compatible = versions.checkVersionConstraint(systemVersion, requires);
        } catch (RuntimeException e) {
            throw new UploadRefusedException("plugin.requires '" + requires + "' is not a version range such as"
                    + " >=1.0.0 & <2.0.0");
        }
        if (!compatible) {
            throw new UploadRefusedException("the plugin needs plugin API " + requires + ", but this desk provides"
                    + " plugin API " + systemVersion);
        }
        return properties;
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new UploadRefusedException("plugin.properties has no " + key);
        }
        return value.strip();
    }
}
