package io.switchboard.host.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Immutable host configuration. Built by {@link HostConfigLoader} from a properties file and
 * environment variables, or directly by tests.
 *
 * @param bindHost interface the HTTP server listens on
 * @param port HTTP port; 0 picks a free one (tests)
 * @param dataDir where the embedded database, installed plugins and the secret key live
 * @param dbUrl JDBC URL; {@code null} means embedded H2 under {@code dataDir}
 * @param publicUrl the base URL providers and browsers use to reach the desk
 * @param pluginRoots directories PF4J loads plugins from, bundled first
 * @param adminEmail email of the initial admin
 * @param adminPassword password of the initial admin; {@code null} means generate one
 * @param secretKey base64 AES key for stored channel secrets; {@code null} means a key file
 *     in {@code dataDir}
 * @param clock the clock every timestamp comes from
 */
public record HostConfig(String bindHost, int port, Path dataDir, String dbUrl, URI publicUrl,
                         List<Path> pluginRoots, String adminEmail, String adminPassword, String secretKey,
                         Clock clock) {

    public HostConfig {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(dataDir, "dataDir");
        pluginRoots = List.copyOf(pluginRoots);
        Objects.requireNonNull(adminEmail, "adminEmail");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SWITCHBOARD_PORT must be 0..65535, was " + port);
        }
    }

    /** The public URL, or the local address when none is configured. */
    public URI effectivePublicUrl(int boundPort) {
        if (publicUrl != null) {
            return publicUrl;
        }
        String host = "0.0.0.0".equals(bindHost) ? "localhost" : bindHost;
        return URI.create("http://" + host + ":" + boundPort);
    }

    /** Hides the admin password and the secret key. */
    @Override
    public String toString() {
        return "HostConfig[" + bindHost + ":" + port + ", data=" + dataDir + ", db="
                + (dbUrl == null ? "embedded H2" : dbUrl.replaceAll("password=[^&;]*", "password=***"))
                + ", publicUrl=" + publicUrl + ", plugins=" + pluginRoots + ", admin=" + adminEmail + "]";
    }
}
