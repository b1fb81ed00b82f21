package io.switchboard.plugins.webchat;

import static io.switchboard.plugins.webchat.WebChatTestbed.assertProblemWithoutEvents;
import static io.switchboard.plugins.webchat.WebChatTestbed.http;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.plugins.webchat.WebChatTestbed.CreatedVisitor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VisitorAuthenticationTest {

    private static final String MESSAGE = "{\"text\":\"hello\",\"clientMessageId\":\"c1\"}";

    private final WebChatTestbed chat = WebChatTestbed.withDefaults();
    private final CreatedVisitor visitor = chat.createVisitor();

    static Stream<Arguments> forgedTokens() {
        WebChatTestbed chat = WebChatTestbed.withDefaults();
        CreatedVisitor real = chat.createVisitor();
        CreatedVisitor other = chat.createVisitor();
        String signature = real.token().substring(real.token().indexOf('.') + 1);
        char last = signature.charAt(signature.length() - 1);
        String altered = real.token().substring(0, real.token().length() - 1) + (last == 'A' ? 'B' : 'A');
        String foreignKey = WebChatTestbed.withSigningKey(InMemoryChannelContext.key((byte) 9)).createVisitor().token();
        return Stream.of(
                Arguments.of("one character of the signature altered", altered),
                Arguments.of("another visitor's id with this signature", other.visitorId() + "." + signature),
                Arguments.of("signed with another instance's key", foreignKey),
                Arguments.of("no signature", real.visitorId() + "."),
                Arguments.of("no dot at all", real.visitorId()),
                Arguments.of("garbage", "not-a-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void aForgedOrAlteredTokenIsRefusedWith401AndYieldsNoEvents(String description, String token) {
        WebhookResult refused = chat.call(TestRequest.post("/messages", MESSAGE).bearer(token));

        assertEquals("Invalid visitor token", assertProblemWithoutEvents(401, refused).get("title").getAsString());
        assertEquals("Bearer realm=\"webchat\"", http(refused).headers().get("WWW-Authenticate"));
    }

    @Test
    void aMissingTokenIsRefusedWith401AndYieldsNoEvents() {
        WebhookResult refused = chat.call(TestRequest.post("/messages", MESSAGE));

        assertEquals("Missing visitor token", assertProblemWithoutEvents(401, refused).get("title").getAsString());
    }

    @Test
    void theTokenMayComeAsQueryParameterBecauseEventSourceCannotSetHeaders() {
        WebhookResult stream = chat.call(TestRequest.get("/stream").query("token", visitor.token()));

        assertInstanceOf(WebhookResponse.EventStream.class, stream.response());
    }

    @Test
    void theBearerSchemeIsMatchedCaseInsensitively() {
        WebhookResult history = chat.call(TestRequest.get("/messages")
                .header("Authorization", "bearer " + visitor.token()));

        assertEquals(200, http(history).status());
    }

    @Test
    void aTokenKeepsWorkingAfterTheInstanceIsReopenedWithTheSameKey() {
        WebChatTestbed reopened = WebChatTestbed.withDefaults();

        assertEquals(202, http(reopened.call(TestRequest.post("/messages", MESSAGE).bearer(visitor.token()))).status());
    }
}
