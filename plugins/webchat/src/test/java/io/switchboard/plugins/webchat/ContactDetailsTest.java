package io.switchboard.plugins.webchat;

import static io.switchboard.plugins.webchat.WebChatTestbed.assertProblemWithoutEvents;
import static io.switchboard.plugins.webchat.WebChatTestbed.http;
import static io.switchboard.plugins.webchat.WebChatTestbed.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonParser;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.ContactUpdate;
import io.switchboard.plugins.webchat.WebChatTestbed.CreatedVisitor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

    private final WebChatTestbed chat = WebChatTestbed.withDefaults();
    private final CreatedVisitor visitor = chat.createVisitor();

    private WebhookResult contact(String json) {
        return chat.call(TestRequest.post("/contact", json).bearer(visitor.token()));
    }

    @Test
    void anEmailViaContactYieldsAContactUpdate() {
        WebhookResult saved = contact("{\"email\":\" Jane.Doe@Example.org \",\"name\":\"Jane Doe\"}");

        assertEquals(200, http(saved).status());
        assertEquals(List.of(new ContactUpdate(visitor.address(), "Jane Doe",
                List.of(Address.email("jane.doe@example.org")))), saved.events());
        assertEquals(JsonParser.parseString("{\"email\":\"jane.doe@example.org\",\"name\":\"Jane Doe\"}"),
                json(saved));
    }

    @Test
    void anEmailWithoutANameKeepsTheCurrentName() {
        ContactUpdate update = (ContactUpdate) contact("{\"email\":\"jane@example.org\"}").events().get(0);

        assertNull(update.displayName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"email\":\"jane\"}", "{\"email\":\"jane@example\"}", "{\"email\":\"a b@example.org\"}",
            "{\"email\":\"jane@@example.org\"}", "{\"name\":\"Jane\"}", "{\"email\":7}", "{}", ""})
    void aMissingOrBadEmailIs400AndYieldsNoEvents(String body) {
        assertProblemWithoutEvents(400, contact(body));
    }

    @Test
    void contactDetailsNeedAToken() {
        assertProblemWithoutEvents(401, chat.call(TestRequest.post("/contact", "{\"email\":\"jane@example.org\"}")));
    }
}
