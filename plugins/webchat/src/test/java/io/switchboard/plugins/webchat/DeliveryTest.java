package io.switchboard.plugins.webchat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.google.gson.JsonParser;
import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.DeliveryResult;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.plugins.webchat.InMemoryChannelContext.Publication;
import io.switchboard.plugins.webchat.WebChatTestbed.CreatedVisitor;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private final WebChatTestbed chat = WebChatTestbed.withDefaults();
    private final CreatedVisitor visitor = chat.createVisitor();

    private static OutboundMessage reply(Address to, String text, String author) {
        return new OutboundMessage("msg-42", "conv-9", to, null, null, text, null, List.of(), List.of(), null, null,
                null, author, Map.of());
    }

    @Test
    void deliverPublishesOnTheVisitorTopicAndReturnsSent() {
        DeliveryResult result = chat.instance.deliver(reply(visitor.address(), "Your parcel ships today.", "Maya"));

        assertEquals(DeliveryResult.sent("webchat:msg-42"), result);
        List<Publication> published = chat.context.live().published();
        assertEquals(1, published.size());
        assertEquals("visitor/" + visitor.visitorId(), published.get(0).topic());
        assertEquals("message", published.get(0).event());
        assertEquals(JsonParser.parseString("""
                {"id":"msg-42","direction":"outbound","text":"Your parcel ships today.","authorName":"Maya",
                 "at":"2026-03-01T10:15:30Z"}"""), JsonParser.parseString(published.get(0).data()));
    }

    @Test
    void theVisitorsStreamListensOnTheTopicRepliesArePublishedTo() {
        WebhookResponse.EventStream stream = assertInstanceOf(WebhookResponse.EventStream.class,
                chat.call(TestRequest.get("/stream").query("token", visitor.token())).response());

        chat.instance.deliver(reply(visitor.address(), "hello", null));

        assertEquals(stream.topic(), chat.context.live().published().get(0).topic());
    }

    @Test
    void aReplyToAnAddressOfAnotherChannelFailsWithoutPublishing() {
        DeliveryResult result = chat.instance.deliver(reply(Address.phone("+15551234567"), "hello", null));

        assertInstanceOf(DeliveryResult.Failed.class, result);
        assertEquals(List.of(), chat.context.live().published());
    }
}
