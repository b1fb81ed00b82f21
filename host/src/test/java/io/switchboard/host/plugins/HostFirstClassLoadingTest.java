package io.switchboard.host.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.channel.ChannelConnector;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.PluginZips;
import io.switchboard.host.testing.TestDesk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plugin that bundles its own copy of plugin-api still works: the shared contract always
 * comes from the host, or the host could not even recognise the plugin's connector.
 */
class HostFirstClassLoadingTest {

    private TestDesk desk;

    @BeforeEach
    void start() throws Exception {
        Path extra = Files.createTempDirectory("bundling-plugins");
        PluginZips.copy(PluginZips.webchat(), extra.resolve("webchat-bundling-api.zip"),
                Map.of("plugin.id", "webchat-bundling-api"),
                Map.of("lib/switchboard-plugin-api-copy.jar", pluginApiJar()));
        desk = TestDesk.start(Clock.systemUTC(), List.of(extra));
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void aPluginShippingItsOwnPluginApiStillContributesItsChannelType() {
        ApiResponse plugin = desk.get("/api/v1/admin/plugins/webchat-bundling-api");
        assertEquals("started", plugin.json().get("state").getAsString(), plugin.body());
        assertEquals(1, desk.desk().plugins().list().stream()
                .filter(p -> p.id().equals("webchat-bundling-api"))
                .mapToInt(p -> p.channelTypes().size()).sum(), "its connector is a host ChannelConnector");
    }

    /** plugin-api's classes as a jar, wherever the test classpath has them (directory or jar). */
    private static byte[] pluginApiJar() throws IOException, URISyntaxException {
        Path location = Path.of(ChannelConnector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isRegularFile(location)) {
            return Files.readAllBytes(location);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes); Stream<Path> files = Files.walk(location)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(location.relativize(file).toString().replace('\\', '/')));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
