package io.switchboard.plugins.webchat;

import static io.switchboard.plugins.webchat.WebChatTestbed.assertProblemWithoutEvents;
import static io.switchboard.plugins.webchat.WebChatTestbed.http;
import static io.switchboard.plugins.webchat.WebChatTestbed.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.api.channel.event.MessageKind;
import io.switchboard.plugins.webchat.WebChatTestbed.CreatedVisitor;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VisitorMessagesTest {

    private final WebChatTestbed chat = WebChatTestbed.withDefaults();
    private final CreatedVisitor visitor = chat.createVisitor();

    private WebhookResult send(String json) {
        return chat.call(TestRequest.post("/messages", json).bearer(visitor.token()));
    }

    @Test
    void aMessageYieldsOneInboundMessageWithTheIdempotentExternalId() {
        WebhookResult accepted = send("{\"text\":\"Where is my order?\",\"clientMessageId\":\"m-1\"}");

        assertEquals(202, http(accepted).status());
        String externalId = visitor.visitorId() + ":m-1";
        assertEquals(externalId, json(accepted).get("externalId").getAsString());
        assertEquals(1, accepted.events().size());
        InboundMessage message = assertInstanceOf(InboundMessage.class, accepted.events().get(0));
        assertEquals(externalId, message.externalId());
        assertEquals(visitor.address(), message.from());
        assertEquals(InMemoryChannelContext.NOW, message.sentAt());
        assertEquals(MessageKind.TEXT, message.kind());
        assertEquals("Where is my order?", message.text());
    }

    @Test
    void aRetriedPostWithTheSameClientMessageIdYieldsTheSameExternalId() {
        String body = "{\"text\":\"hello\",\"clientMessageId\":\"retry-7\"}";

        InboundMessage first = (InboundMessage) send(body).events().get(0);
        InboundMessage retried = (InboundMessage) send(body).events().get(0);

        assertEquals(first.externalId(), retried.externalId());
    }

    @Test
    void differentClientMessageIdsYieldDifferentExternalIds() {
        InboundMessage first = (InboundMessage) send("{\"text\":\"a\",\"clientMessageId\":\"one\"}").events().get(0);
        InboundMessage second = (InboundMessage) send("{\"text\":\"a\",\"clientMessageId\":\"two\"}").events().get(0);

        assertNotEquals(first.externalId(), second.externalId());
    }

    @Test
    void aMessageOfExactlyTheMaximumLengthIsAccepted() {
        String text = "x".repeat(WebChatConnector.MAX_TEXT_LENGTH);

        assertEquals(202, http(send("{\"text\":\"" + text + "\",\"clientMessageId\":\"long\"}")).status());
    }

    @Test
    void surroundingWhitespaceIsNotStored() {
        InboundMessage message = (InboundMessage) send("{\"text\":\"  hi there \\n\",\"clientMessageId\":\"ws\"}")
                .events().get(0);

        assertEquals("hi there", message.text());
    }

    static Stream<Arguments> invalidBodies() {
        String tooLong = "x".repeat(WebChatConnector.MAX_TEXT_LENGTH + 1);
        return Stream.of(
                Arguments.of("empty body", ""),
                Arguments.of("unparseable JSON", "{\"text\": \"hi\""),
                Arguments.of("unquoted names (lenient JSON)", "{text:\"hi\",clientMessageId:\"c1\"}"),
                Arguments.of("trailing garbage", "{\"text\":\"hi\",\"clientMessageId\":\"c1\"} x"),
                Arguments.of("an array instead of an object", "[\"hi\"]"),
                Arguments.of("empty text", "{\"text\":\"\",\"clientMessageId\":\"c1\"}"),
                Arguments.of("blank text", "{\"text\":\"   \",\"clientMessageId\":\"c1\"}"),
                Arguments.of("missing text", "{\"clientMessageId\":\"c1\"}"),
                Arguments.of("text that is not a string", "{\"text\":42,\"clientMessageId\":\"c1\"}"),
                Arguments.of("text over 4000 characters", "{\"text\":\"" + tooLong + "\",\"clientMessageId\":\"c1\"}"),
                Arguments.of("missing clientMessageId", "{\"text\":\"hi\"}"),
                Arguments.of("clientMessageId with a colon", "{\"text\":\"hi\",\"clientMessageId\":\"a:b\"}"),
                Arguments.of("clientMessageId over 64 characters",
                        "{\"text\":\"hi\",\"clientMessageId\":\"" + "c".repeat(65) + "\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void invalidBodiesGet400ProblemJsonAndNoEvents(String description, String body) {
        assertProblemWithoutEvents(400, send(body));
    }
}
