package io.switchboard.host.meta;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.FakeGraphApi;
import io.switchboard.host.testing.MutableClock;
import io.switchboard.host.testing.TestDesk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A desk on a clock the test moves, with the bundled plugins loaded through PF4J and a fake
 * Graph API on loopback; one per test class ({@code @RegisterExtension static final}).
 */
final class MetaDesk implements BeforeAllCallback, AfterAllCallback {

    final MutableClock clock = MutableClock.startingNow();
    FakeGraphApi graph;
    TestDesk desk;
    private String token;

    @Override
    public void beforeAll(ExtensionContext context) {
        graph = FakeGraphApi.start();
        desk = TestDesk.start(clock, List.of());
        // A session expires when the clock jumps days ahead; an API token lives on.
        token = desk.post("/api/v1/auth/tokens", Map.of("name", "meta-e2e")).json().get("token").getAsString();
    }

    /** The admin's API token, valid whatever the clock says. */
    String token() {
        return token;
    }

    ApiResponse get(String path) {
        return desk.send("GET", path, token, null);
    }

    ApiResponse post(String path, Object body) {
        return desk.send("POST", path, token, body);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        desk.close();
        graph.close();
    }

    /** Creates a channel as an admin does from the UI, its Graph API base URL pointing at the fake. */
    JsonObject createChannel(String type, String key, Map<String, String> config) {
        Map<String, String> withFake = new java.util.HashMap<>(config);
        withFake.put("baseUrl", graph.baseUrl().toString());
        ApiResponse created = post("/api/v1/admin/channels", Map.of("type", type, "name", type + " " + key,
                "key", key, "config", withFake));
        if (created.status() != 201) {
            throw new AssertionError("channel not created: " + created);
        }
        return created.json();
    }

    /** The conversation of a customer address on a channel type. */
    JsonObject conversationOf(String channelType, String address) {
        JsonArray items = get("/api/v1/conversations?channel=" + channelType + "&limit=100").json()
                .getAsJsonArray("items");
        for (var item : items) {
            JsonObject conversation = item.getAsJsonObject();
            if (conversation.getAsJsonObject("contact").get("address").getAsString().equals(address)) {
                return conversation;
            }
        }
        throw new AssertionError("no " + channelType + " conversation with " + address + " in " + items);
    }

    /** A conversation's timeline. */
    JsonArray messages(long conversationId) {
        return get("/api/v1/conversations/" + conversationId).json().getAsJsonArray("messages");
    }

    JsonObject lastMessage(long conversationId) {
        JsonArray messages = messages(conversationId);
        return messages.get(messages.size() - 1).getAsJsonObject();
    }

    ApiResponse reply(long conversationId, Object body) {
        return post("/api/v1/conversations/" + conversationId + "/replies", body);
    }
}
