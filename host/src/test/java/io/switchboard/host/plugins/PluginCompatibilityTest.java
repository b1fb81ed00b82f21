package io.switchboard.host.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.PluginZips;
import io.switchboard.host.testing.TestDesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plugin built for another major version of the plugin API is refused, and the admin is told why. */
class PluginCompatibilityTest {

    private TestDesk desk;

    @BeforeEach
    void start() throws IOException {
        Path extra = Files.createTempDirectory("future-plugins");
        PluginZips.copy(PluginZips.webchat(), extra.resolve("webchat-next-2.0.0.zip"), Map.of("plugin.id",
                "webchat-next", "plugin.requires", ">=2.0.0 & <3.0.0"), Map.of());
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
}
