package io.switchboard.plugins.webchat;

import static io.switchboard.plugins.webchat.WebChatTestbed.assertProblemWithoutEvents;
import static io.switchboard.plugins.webchat.WebChatTestbed.http;
import static io.switchboard.plugins.webchat.WebChatTestbed.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.HistoryEntry;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.plugins.webchat.WebChatTestbed.CreatedVisitor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageHistoryTest {

    private final WebChatTestbed chat = WebChatTestbed.withDefaults();
    private final CreatedVisitor visitor = chat.createVisitor();

    private WebhookResult history(TestRequest request) {
        return chat.call(request.bearer(visitor.token()));
    }

    @Test
    void historyMapsHistoryEntriesToJson() {
        chat.context.history().add(visitor.address(), new HistoryEntry("m1", true, "Hi, my parcel is late", null,
                Instant.parse("2026-03-01T09:00:00Z"), null));
        chat.context.history().add(visitor.address(), new HistoryEntry("m2", false, "Sorry! Checking now.", "Maya",
                Instant.parse("2026-03-01T09:01:30Z"), DeliveryStatus.SENT));

        WebhookResult result = history(TestRequest.get("/messages"));

        assertEquals(200, http(result).status());
        assertEquals("application/json", http(result).contentType());
        assertEquals(JsonParser.parseString("""
                {"messages":[
                  {"id":"m1","direction":"inbound","text":"Hi, my parcel is late","authorName":null,
                   "at":"2026-03-01T09:00:00Z","status":null},
                  {"id":"m2","direction":"outbound","text":"Sorry! Checking now.","authorName":"Maya",
                   "at":"2026-03-01T09:01:30Z","status":"sent"}
                ]}"""), json(result));
        assertEquals(List.of(), result.events());
    }

    @Test
    void aHistoryMessageThatOfferedQuickRepliesCarriesItsChoicesLikeTheLiveOne() {
        chat.context.history().add(visitor.address(), new HistoryEntry("m3", false, "How satisfied are you?", null,
                Instant.parse("2026-03-01T09:05:00Z"), DeliveryStatus.SENT,
                Map.of(OutboundMessage.OPTION_CHOICES, "1\t1 · Velmi nespokojen\n5\t5 · Velmi spokojen")));

        assertEquals(JsonParser.parseString("""
                {"messages":[
                  {"id":"m3","direction":"outbound","text":"How satisfied are you?","authorName":null,
                   "at":"2026-03-01T09:05:00Z","status":"sent","choices":[
                     {"value":"1","caption":"1 · Velmi nespokojen"},{"value":"5","caption":"5 · Velmi spokojen"}]}
                ]}"""), json(history(TestRequest.get("/messages"))));
    }

    @Test
    void historyAsksTheHostForFiftyMessagesByDefault() {
        history(TestRequest.get("/messages"));

        assertEquals(List.of(50), chat.context.history().requestedLimits());
    }

    @Test
    void historyAsksTheHostForTheRequestedLimit() {
        history(TestRequest.get("/messages").query("limit", "200"));

        assertEquals(List.of(200), chat.context.history().requestedLimits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "201", "-1", "ten", "1.5"})
    void aLimitOutsideOneTo200Is400(String limit) {
        assertProblemWithoutEvents(400, history(TestRequest.get("/messages").query("limit", limit)));
        assertEquals(List.of(), chat.context.history().requestedLimits());
    }

    @Test
    void historyShowsOnlyTheAuthenticatedVisitorsConversation() {
        CreatedVisitor other = chat.createVisitor();
        chat.context.history().add(other.address(), new HistoryEntry("x1", true, "someone else's message", null,
                Instant.parse("2026-03-01T09:00:00Z"), null));

        assertEquals(0, json(history(TestRequest.get("/messages"))).getAsJsonArray("messages").size());
    }
}
