package io.switchboard.host.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads {@link HostConfig} from environment variables, falling back to a properties file
 * ({@code SWITCHBOARD_CONFIG}, default {@code switchboard.properties} in the working
 * directory) whose keys are the variable names.
 */
public final class HostConfigLoader {

    private final Map<String, String> env;
    private final Properties file;

    HostConfigLoader(Map<String, String> env, Properties file) {
        this.env = env;
        this.file = file;
    }

    public static HostConfig fromEnvironment() {
        Map<String, String> env = System.getenv();
        Path path = Path.of(env.getOrDefault("SWITCHBOARD_CONFIG", "switchboard.properties"));
        return new HostConfigLoader(env, readProperties(path)).load();
    }

    static Properties readProperties(Path path) {
        Properties properties = new Properties();
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + path + ": " + e.getMessage());
            }
        }
        return properties;
    }

    HostConfig load() {
        Path dataDir = Path.of(get("SWITCHBOARD_DATA_DIR", "data")).toAbsolutePath();
        List<Path> roots = new ArrayList<>();
        String bundled = get("SWITCHBOARD_PLUGINS_DIR", null);
        if (bundled != null) {
            for (String dir : bundled.split(java.io.File.pathSeparator)) {
                roots.add(Path.of(dir).toAbsolutePath());
            }
        }
        roots.add(dataDir.resolve("plugins"));
        return new HostConfig(get("SWITCHBOARD_BIND", "0.0.0.0"), port(), dataDir, get("SWITCHBOARD_DB_URL", null),
                publicUrl(), roots, get("SWITCHBOARD_ADMIN_EMAIL", "admin@switchboard.local"),
                get("SWITCHBOARD_ADMIN_PASSWORD", null), get("SWITCHBOARD_SECRET_KEY", null), Clock.systemUTC());
    }

    private int port() {
        String value = get("SWITCHBOARD_PORT", "8080");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("SWITCHBOARD_PORT must be a number, was '" + value + "'");
        }
    }

    private URI publicUrl() {
        String value = get("SWITCHBOARD_PUBLIC_URL", null);
        if (value == null) {
            return null;
        }
        URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new ConfigException("SWITCHBOARD_PUBLIC_URL must be an absolute URL, was '" + value + "'");
        }
        return uri;
    }

    private String get(String name, String fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            value = file.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
