package io.switchboard.host.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.TestPlugins;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Agents see the desk's channels (for badges and the channel filter), never their configuration. */
class ChannelDirectoryTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass(TestPlugins.roots());

    @Test
    void agentsListChannelsWithTypeNamesButNoConfiguration() {
        ApiResponse created = desk.post("/api/v1/admin/channels", Map.of("type", "testsms", "name", "Support SMS",
                "config", Map.of("accountId", "AC1", "apiKey", "very-secret-key", "fromNumber", "+15550001111")));
        assertEquals(201, created.status(), created.body());
        desk.createUser("viewer@test.local", "Viewer", "agent", "viewer password");

        ApiResponse list = desk.send("GET", "/api/v1/channels", desk.login("viewer@test.local", "viewer password"),
                null);
        assertEquals(200, list.status(), list.body());
        JsonObject sms = list.jsonElement().getAsJsonArray().asList().stream().map(e -> e.getAsJsonObject())
                .filter(c -> c.get("type").getAsString().equals("testsms")).findFirst().orElseThrow();
        assertEquals("SMS (test)", sms.get("typeName").getAsString());
        assertEquals("Support SMS", sms.get("name").getAsString());
        assertEquals("active", sms.get("status").getAsString());
        assertFalse(list.body().contains("AC1") || list.body().contains("very-secret-key"), list.body());
    }
}
