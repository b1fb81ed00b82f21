package io.switchboard.host.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Admins create, change and remove channel instances from a plugin's config schema. */
class ChannelAdminApiTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    @Test
    void channelTypesComeWithTheFormToFillIn() {
        var types = desk.get("/api/v1/admin/channel-types").jsonElement().getAsJsonArray();
        JsonObject webchat = null;
        for (var type : types) { // listed by display name; other bundled plugins add theirs
            if (type.getAsJsonObject().get("id").getAsString().equals("webchat")) {
                webchat = type.getAsJsonObject();
            }
        }
        assertTrue(webchat != null, types.toString());
        assertTrue(webchat.getAsJsonArray("configFields").size() > 0);
    }

    @Test
    void aNewInstanceShowsTheWebhookUrlToPasteIntoTheProvider() {
        ApiResponse created = desk.post("/api/v1/admin/channels", Map.of("type", "webchat", "name", "Shop chat",
                "key", "shop-chat", "config", Map.of("title", "Ask the shop")));
        assertEquals(201, created.status(), created.body());
        assertEquals(desk.url("/webhooks/shop-chat").toString(), created.json().get("webhookUrl").getAsString());
        assertEquals(201, desk.send("POST", "/webhooks/shop-chat/visitors", null, Map.of()).status());
    }

    @Test
    void anInvalidConfigurationIsRefusedFieldByField() {
        ApiResponse refused = desk.post("/api/v1/admin/channels", Map.of("type", "webchat", "name", "Bad",
                "config", Map.of("askForEmail", "perhaps", "noSuchField", "x")));
        assertEquals(422, refused.status(), refused.body());
        var errors = refused.json().getAsJsonArray("errors");
        assertEquals(2, errors.size(), refused.body());
    }

    @Test
    void aTakenKeyIsAConflict() {
        desk.post("/api/v1/admin/channels", Map.of("type", "webchat", "name", "One", "key", "dup-key"));
        assertEquals(409, desk.post("/api/v1/admin/channels", Map.of("type", "webchat", "name", "Two",
                "key", "dup-key")).status());
    }

    @Test
    void anUnknownChannelTypeIsRefusedWithTheTypesThatExist() {
        ApiResponse refused = desk.post("/api/v1/admin/channels", Map.of("type", "carrier-pigeon", "name", "P"));
        assertEquals(422, refused.status());
        assertTrue(refused.json().get("detail").getAsString().contains("webchat"));
    }

    @Test
    void aDisabledInstanceAnswers503AndAnEnabledOneWorksAgain() {
        long id = desk.post("/api/v1/admin/channels", Map.of("type", "webchat", "name", "Toggle", "key",
                "toggle-chat")).json().get("id").getAsLong();
        desk.send("PUT", "/api/v1/admin/channels/" + id, desk.adminToken(), Map.of("enabled", false));
        assertEquals(503, desk.send("POST", "/webhooks/toggle-chat/visitors", null, Map.of()).status());

        desk.send("PUT", "/api/v1/admin/channels/" + id, desk.adminToken(), Map.of("enabled", true));
        assertEquals(201, desk.send("POST", "/webhooks/toggle-chat/visitors", null, Map.of()).status());
    }

    @Test
    void aDeletedInstanceNoLongerTakesWebhooks() {
        long id = desk.post("/api/v1/admin/channels", Map.of("type", "webchat", "name", "Gone", "key",
                "gone-chat")).json().get("id").getAsLong();
        assertEquals(204, desk.send("DELETE", "/api/v1/admin/channels/" + id, desk.adminToken(), null).status());
        assertEquals(404, desk.send("POST", "/webhooks/gone-chat/visitors", null, Map.of()).status());
        assertEquals(404, desk.get("/api/v1/admin/channels/" + id).status());
    }

    @Test
    void anUnknownWebhookKeyIs404ProblemJson() {
        ApiResponse response = desk.send("POST", "/webhooks/no-such-key", null, "{}");
        assertEquals(404, response.status());
        assertTrue(response.contentType().startsWith("application/problem+json"));
    }
}
