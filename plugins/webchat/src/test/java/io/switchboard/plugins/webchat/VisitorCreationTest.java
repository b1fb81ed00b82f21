package io.switchboard.plugins.webchat;

import static io.switchboard.plugins.webchat.WebChatTestbed.assertProblemWithoutEvents;
import static io.switchboard.plugins.webchat.WebChatTestbed.http;
import static io.switchboard.plugins.webchat.WebChatTestbed.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.ContactUpdate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitorCreationTest {

    private final WebChatTestbed chat = WebChatTestbed.withDefaults();

    @Test
    void visitorCreationReturnsATokenThatAuthenticates() {
        WebhookResult created = chat.call(TestRequest.post("/visitors", ""));

        assertEquals(201, http(created).status());
        assertEquals(List.of(), created.events());
        JsonObject body = json(created);
        String visitorId = body.get("visitorId").getAsString();
        String token = body.get("token").getAsString();
        assertTrue(visitorId.matches("v_[A-Za-z0-9_-]{22}"), visitorId);
        assertTrue(token.startsWith(visitorId + "."), token);

        WebhookResult history = chat.call(TestRequest.get("/messages").bearer(token));
        assertEquals(200, http(history).status());
    }

    @Test
    void everyVisitorGetsAnotherId() {
        assertNotEquals(chat.createVisitor().visitorId(), chat.createVisitor().visitorId());
    }

    @Test
    void visitorCreationWithAnEmailYieldsAContactUpdate() {
        WebhookResult created = chat.call(TestRequest.post("/visitors",
                "{\"name\":\"Ana Lima\",\"email\":\"Ana@Example.com\"}"));

        String visitorId = json(created).get("visitorId").getAsString();
        assertEquals(List.of(new ContactUpdate(Address.of("webchat", visitorId), "Ana Lima",
                List.of(Address.email("ana@example.com")))), created.events());
    }

    @Test
    void visitorCreationWithOnlyANameYieldsAContactUpdateWithThatName() {
        WebhookResult created = chat.call(TestRequest.post("/visitors", "{\"name\":\"Ana\"}"));

        String visitorId = json(created).get("visitorId").getAsString();
        assertEquals(List.of(new ContactUpdate(Address.of("webchat", visitorId), "Ana", List.of())), created.events());
    }

    @Test
    void visitorCreationWithAnInvalidEmailIsRefused() {
        WebhookResult refused = chat.call(TestRequest.post("/visitors", "{\"email\":\"not-an-email\"}"));

        assertProblemWithoutEvents(400, refused);
    }

    @Test
    void tokenResponsesAreNeverCached() {
        assertEquals("no-store", http(chat.call(TestRequest.post("/visitors", "{}"))).headers().get("Cache-Control"));
    }
}
