package io.switchboard.host.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plugin built for another major version of the plugin API is refused, and the admin is told why. */
class PluginCompatibilityTest {

    private TestDesk desk;

    @BeforeEach
    void start() throws IOException {
        Path extra = Files.createTempDirectory("future-plugins");
        Path webchatZip;
        try (var zips = Files.list(TestDesk.pluginRoots().get(0))) {
            webchatZip = zips.filter(p -> p.getFileName().toString().startsWith("switchboard-plugin-webchat")
                    && p.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        rewriteDescriptor(webchatZip, extra.resolve("webchat-next-2.0.0.zip"), "webchat-next", ">=2.0.0 & <3.0.0");
        desk = TestDesk.start(Clock.systemUTC(), List.of(extra));
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void aPluginRequiringANewerApiIsNotStartedAndSaysWhy() {
        ApiResponse response = desk.get("/api/v1/admin/plugins/webchat-next");
        assertEquals(200, response.status(), response.body());
        JsonObject plugin = response.json();
        assertTrue(!plugin.get("state").getAsString().equals("started"), plugin.toString());
        assertTrue(plugin.get("failure").getAsString().contains(">=2.0.0"), plugin.toString());
        assertTrue(plugin.getAsJsonArray("channelTypes").isEmpty());
    }

    @Test
    void theCompatiblePluginsKeepWorking() {
        assertEquals("started", desk.get("/api/v1/admin/plugins/webchat").json().get("state").getAsString());
    }

    /** Copies a plugin zip with another id and Plugin-Requires range. */
    private static void rewriteDescriptor(Path source, Path target, String id, String requires) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("plugin.properties")) {
                    out.write(descriptor(in, id, requires));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static byte[] descriptor(InputStream in, String id, String requires) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            text.append(line.startsWith("plugin.id=") ? "plugin.id=" + id
                    : line.startsWith("plugin.requires=") ? "plugin.requires=" + requires : line).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

}
