package io.switchboard.plugins.webchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A web chat instance opened on an in-memory host, with helpers to talk to it. */
final class WebChatTestbed {

    final InMemoryChannelContext context;
    final WebChatInstance instance;

    private WebChatTestbed(InMemoryChannelContext context) {
        this.context = context;
        this.instance = (WebChatInstance) new WebChatConnector().open(context);
    }

    /** An instance with the default configuration. */
    static WebChatTestbed withDefaults() {
        return withConfig(Map.of());
    }

    /** An instance with the given raw configuration. */
    static WebChatTestbed withConfig(Map<String, String> rawConfig) {
        return new WebChatTestbed(InMemoryChannelContext.withConfig(rawConfig));
    }

    /** An instance with the default configuration and another signing key. */
    static WebChatTestbed withSigningKey(String signingKey) {
        return new WebChatTestbed(new InMemoryChannelContext(Map.of(), signingKey));
    }

    WebhookResult call(TestRequest request) {
        return instance.onWebhook(request.build());
    }

    /** A visitor as {@code POST /visitors} created it. */
    record CreatedVisitor(String visitorId, String token) {
        Address address() {
            return Address.of("webchat", visitorId);
        }
    }

    CreatedVisitor createVisitor() {
        JsonObject json = json(call(TestRequest.post("/visitors", "")));
        return new CreatedVisitor(json.get("visitorId").getAsString(), json.get("token").getAsString());
    }

    /** The plain HTTP answer of a result. */
    static WebhookResponse.Http http(WebhookResult result) {
        return assertInstanceOf(WebhookResponse.Http.class, result.response());
    }

    static String bodyText(WebhookResult result) {
        return new String(http(result).body(), StandardCharsets.UTF_8);
    }

    static JsonObject json(WebhookResult result) {
        return JsonParser.parseString(bodyText(result)).getAsJsonObject();
    }

    /** Asserts an RFC 9457 problem answer with this status and no events. */
    static JsonObject assertProblemWithoutEvents(int status, WebhookResult result) {
        assertEquals(status, http(result).status(), () -> bodyText(result));
        assertEquals("application/problem+json", http(result).contentType());
        assertEquals(0, result.events().size(), "a refused request must yield no events");
        JsonObject problem = json(result);
        assertEquals(status, problem.get("status").getAsInt());
        return problem;
    }
}
