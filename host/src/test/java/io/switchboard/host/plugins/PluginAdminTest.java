package io.switchboard.host.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.api.PluginApi;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Admins see installed plugins and switch them off and on at run time. */
class PluginAdminTest {

    @RegisterExtension
    final TestDesk desk = TestDesk.perTest();

    @Test
    void theBundledWebChatPluginIsStartedAndContributesItsChannelType() {
        JsonObject webchat = plugin("webchat");
        assertEquals("started", webchat.get("state").getAsString());
        assertEquals("webchat", webchat.getAsJsonArray("channelTypes").get(0).getAsString());
        assertTrue(webchat.get("requires").getAsString().contains("2.0.0"), webchat.toString());
    }

    @Test
    void theHostEnforcesPluginRequiresAgainstThePluginApiVersion() {
        assertEquals(PluginApi.version(), desk.desk().plugins().systemVersion());
    }

    @Test
    void aDisabledPluginsChannelsAnswer503SoProvidersRetry() {
        assertEquals(200, desk.post("/api/v1/admin/plugins/webchat/disable", null).status());
        assertEquals("disabled", plugin("webchat").get("state").getAsString());

        ApiResponse webhook = desk.send("POST", "/webhooks/webchat/visitors", null, Map.of());
        assertEquals(503, webhook.status(), webhook.body());
    }

    @Test
    void reEnablingAPluginBringsItsChannelsBack() {
        desk.post("/api/v1/admin/plugins/webchat/disable", null);
        assertEquals(200, desk.post("/api/v1/admin/plugins/webchat/enable", null).status());

        assertEquals("started", plugin("webchat").get("state").getAsString());
        assertEquals(201, desk.send("POST", "/webhooks/webchat/visitors", null, Map.of()).status());
    }

    @Test
    void aDisabledPluginStaysDisabledAfterARestart() {
        desk.post("/api/v1/admin/plugins/webchat/disable", null);
        desk.restart();
        assertEquals("disabled", plugin("webchat").get("state").getAsString());
    }

    @Test
    void anUnknownPluginIs404() {
        assertEquals(404, desk.post("/api/v1/admin/plugins/nope/enable", null).status());
    }

    private JsonObject plugin(String id) {
        ApiResponse response = desk.get("/api/v1/admin/plugins/" + id);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }
}
