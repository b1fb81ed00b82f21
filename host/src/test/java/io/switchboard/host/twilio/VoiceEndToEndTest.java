package io.switchboard.host.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.plugins.twilio.testing.FakeTwilio;
import io.switchboard.plugins.twilio.testing.TwilioRequests;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The voice plugin zip loaded through PF4J in a real desk, against a loopback fake Twilio: calls
 * answered with TwiML, callbacks in any order merged into one call entry, voicemails owed a
 * callback, and agents calling customers back.
 */
class VoiceEndToEndTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static final TwilioDesk twilio = new TwilioDesk(desk);
    private static final AtomicInteger CUSTOMERS = new AtomicInteger(2000);
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static final Instant RANG = Instant.parse("2026-03-02T10:00:00Z");
    private static final String RECORDING = "https://api.twilio.com/2010-04-01/Accounts/" + TwilioDesk.ACCOUNT_SID
            + "/Recordings/RE" + "0".repeat(31) + "1";

    private final String key = twilio.createVoice(Map.of());
    private final TwilioRequests requests = twilio.requests(key);
    private final String customer = "+1555987" + CUSTOMERS.incrementAndGet();
    private final String query = "?customer=" + URLEncoder.encode(customer, StandardCharsets.UTF_8) + "&agent="
            + URLEncoder.encode(TwilioDesk.RING_NUMBER, StandardCharsets.UTF_8);

    @AfterAll
    static void stopTwilio() {
        twilio.close();
    }

    private static String newCallSid() {
        return String.format("CA%032x", 0xABC000 + CALLS.incrementAndGet());
    }

    private static String at(long secondsAfterRinging) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(RANG.plusSeconds(secondsAfterRinging)
                .atZone(ZoneOffset.UTC));
    }

    /** An answered call: it rings, the agent answers and talks 95 s, the agent hangs up. */
    private List<TwilioWebhook> answeredCall(String sid) {
        String leg = "CA" + sid.substring(2).replace('a', 'b');
        return List.of(
                requests.incomingCall(sid, customer, TwilioDesk.VOICE_NUMBER),
                requests.callStatus(sid, "ringing", customer, TwilioDesk.VOICE_NUMBER).param("Timestamp", at(0)),
                requests.legStatus(query, leg, sid, "in-progress", customer, TwilioDesk.RING_NUMBER)
                        .param("Timestamp", at(8)),
                requests.legStatus(query, leg, sid, "completed", customer, TwilioDesk.RING_NUMBER)
                        .param("CallDuration", "95").param("Timestamp", at(103)),
                requests.dialResult(query, sid, "completed", customer, TwilioDesk.VOICE_NUMBER)
                        .param("DialCallDuration", "95"),
                requests.callStatus(sid, "completed", customer, TwilioDesk.VOICE_NUMBER).param("CallDuration", "104")
                        .param("Timestamp", at(104)));
    }

    /** A voicemail: it rings, nobody answers, the caller records a message that is transcribed. */
    private List<TwilioWebhook> voicemail(String sid) {
        return List.of(
                requests.incomingCall(sid, customer, TwilioDesk.VOICE_NUMBER),
                requests.callStatus(sid, "ringing", customer, TwilioDesk.VOICE_NUMBER).param("Timestamp", at(0)),
                requests.dialResult(query, sid, "no-answer", customer, TwilioDesk.VOICE_NUMBER),
                requests.recorded(query, sid, RECORDING, customer, TwilioDesk.VOICE_NUMBER),
                requests.recordingStatus(query, sid, RECORDING),
                requests.transcription(query, sid, "Hi, please call me about my refund.", RECORDING, customer,
                        TwilioDesk.VOICE_NUMBER),
                requests.callStatus(sid, "completed", customer, TwilioDesk.VOICE_NUMBER).param("CallDuration", "45")
                        .param("Timestamp", at(45)));
    }

    private void deliver(List<TwilioWebhook> webhooks) {
        for (TwilioWebhook webhook : webhooks) {
            ApiResponse answer = twilio.signed(webhook);
            assertTrue(answer.status() == 200 || answer.status() == 204, webhook.url() + " -> " + answer);
        }
    }

    private long conversationId() {
        return twilio.conversationOn(key, customer).get("id").getAsLong();
    }

    private JsonArray calls() {
        return twilio.detail(conversationId()).getAsJsonArray("calls");
    }

    private JsonObject call(String sid) {
        for (var call : calls()) {
            if (call.getAsJsonObject().get("callId").getAsString().equals(sid)) {
                return call.getAsJsonObject();
            }
        }
        throw new AssertionError("no call " + sid + " in " + calls());
    }

    /** A call entry without its id, to compare entries of different calls. */
    private JsonObject withoutId(JsonObject call) {
        JsonObject copy = call.deepCopy();
        copy.remove("callId");
        return copy;
    }

    @Test
    void anIncomingCallIsAnsweredWithTheGreetingAndRingsTheRingNumber() {
        ApiResponse twiml = twilio.signed(requests.incomingCall(newCallSid(), customer, TwilioDesk.VOICE_NUMBER));

        assertEquals(200, twiml.status());
        assertTrue(twiml.contentType().startsWith("text/xml"), twiml.contentType());
        assertTrue(twiml.body().contains("<Say language=\"en-US\">Thank you for calling.</Say><Dial timeout=\"20\""),
                twiml.body());
        assertTrue(twiml.body().contains(">" + TwilioDesk.RING_NUMBER + "</Number></Dial>"), twiml.body());
    }

    @Test
    void anAnsweredCallsCallbacksInAnyOrderBecomeOneCorrectCallEntry() {
        List<String> sids = new ArrayList<>();
        for (long seed = 0; seed < 4; seed++) {
            String sid = newCallSid();
            sids.add(sid);
            List<TwilioWebhook> shuffled = new ArrayList<>(answeredCall(sid));
            Collections.shuffle(shuffled, new Random(seed));
            deliver(shuffled);
        }

        JsonObject first = call(sids.get(0));
        assertEquals("inbound", first.get("direction").getAsString());
        assertEquals(customer, first.get("caller").getAsString());
        assertEquals(TwilioDesk.VOICE_NUMBER, first.get("callee").getAsString());
        assertEquals("completed", first.get("state").getAsString());
        assertEquals(RANG.toString(), first.get("startedAt").getAsString());
        assertEquals(RANG.plusSeconds(8).toString(), first.get("answeredAt").getAsString());
        assertEquals(RANG.plusSeconds(104).toString(), first.get("endedAt").getAsString());
        assertEquals(95, first.get("talkSeconds").getAsLong());
        assertEquals(TwilioDesk.RING_NUMBER, first.get("answeredBy").getAsString());
        assertTrue(first.get("callbackDueAt").isJsonNull());
        assertEquals(4, calls().size());
        for (String sid : sids) {
            assertEquals(withoutId(first), withoutId(call(sid)), "call " + sid);
        }
    }

    @Test
    void aVoicemailsCallbacksInAnyOrderBecomeOneCallEntryOwedACallback() {
        List<String> sids = new ArrayList<>();
        for (long seed = 0; seed < 4; seed++) {
            String sid = newCallSid();
            sids.add(sid);
            List<TwilioWebhook> shuffled = new ArrayList<>(voicemail(sid));
            Collections.shuffle(shuffled, new Random(seed));
            deliver(shuffled);
        }

        JsonObject first = call(sids.get(0));
        assertEquals("no_answer", first.get("state").getAsString());
        assertTrue(first.get("voicemail").getAsBoolean());
        assertEquals(RECORDING, first.get("recordingUrl").getAsString());
        assertEquals("Hi, please call me about my refund.", first.get("transcript").getAsString());
        assertEquals(RANG.plusSeconds(45).toString(), first.get("endedAt").getAsString());
        assertTrue(first.get("talkSeconds").isJsonNull(), "nobody talked to the caller");
        assertEquals(RANG.plusSeconds(2 * 3600).toString(), first.get("callbackDueAt").getAsString());
        assertTrue(first.get("callbackCompletedAt").isJsonNull());
        for (String sid : sids) {
            assertEquals(withoutId(first), withoutId(call(sid)), "call " + sid);
        }
        JsonObject conversation = twilio.conversationOn(key, customer);
        assertEquals("open", conversation.get("status").getAsString());
        assertEquals("Voicemail: Hi, please call me about my refund.", conversation.get("preview").getAsString());
    }

    @Test
    void aVoicemailReopensAResolvedConversation() {
        deliver(answeredCall(newCallSid()));
        desk.post("/api/v1/conversations/" + conversationId() + "/status", Map.of("status", "resolved"));

        deliver(voicemail(newCallSid()));

        assertEquals("open", twilio.conversationOn(key, customer).get("status").getAsString());
    }

    @Test
    void callTalkTimeIsLoggedForHandleTime() {
        String sid = newCallSid();
        deliver(answeredCall(sid));
        List<String> ends = desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT attributes_json FROM"
                        + " conversation_events WHERE type = 'CALL_ENDED' AND attributes_json LIKE :sid")
                .bind("sid", "%" + sid + "%").mapTo(String.class).list());
        assertTrue(ends.get(ends.size() - 1).contains("\"talkSeconds\":\"95\""), ends.toString());
        assertTrue(ends.get(ends.size() - 1).contains("\"answered\":\"true\""), ends.toString());
    }

    @Test
    void anAgentCallsBackAndTheCallBecomesANewEntryThatSettlesTheVoicemail() {
        String voicemailSid = newCallSid();
        deliver(voicemail(voicemailSid));

        ApiResponse placed = desk.post("/api/v1/conversations/" + conversationId() + "/calls", null);

        assertEquals(201, placed.status(), placed.body());
        String callbackSid = placed.json().get("callId").getAsString();
        assertEquals("outbound", placed.json().get("direction").getAsString());
        FakeTwilio.Received request = twilio.twilio.created("Calls").stream()
                .filter(r -> r.field("Twiml").contains(customer)).findFirst().orElseThrow();
        assertEquals(TwilioDesk.RING_NUMBER, request.field("To"));
        assertEquals(TwilioDesk.VOICE_NUMBER, request.field("From"));
        assertTrue(request.field("StatusCallback").startsWith(desk.url("/webhooks/" + key + "/status?").toString()));

        String callbackQuery = "?customer=" + URLEncoder.encode(customer, StandardCharsets.UTF_8)
                + "&direction=outbound&agent=" + URLEncoder.encode(TwilioDesk.RING_NUMBER, StandardCharsets.UTF_8);
        String leg = "CA" + "e".repeat(32);
        deliver(List.of(
                requests.legStatus(callbackQuery, leg, callbackSid, "in-progress", TwilioDesk.VOICE_NUMBER, customer)
                        .param("Timestamp", at(7300)),
                requests.legStatus(callbackQuery, leg, callbackSid, "completed", TwilioDesk.VOICE_NUMBER, customer)
                        .param("CallDuration", "60").param("Timestamp", at(7360))));

        JsonObject callback = call(callbackSid);
        assertEquals("completed", callback.get("state").getAsString());
        assertEquals(60, callback.get("talkSeconds").getAsLong());
        assertEquals(RANG.plusSeconds(7300).toString(), call(voicemailSid).get("callbackCompletedAt").getAsString());
    }

    @Test
    void theSameIdempotencyKeyPlacesOneCall() {
        deliver(voicemail(newCallSid()));
        long id = conversationId();
        var first = desk.send(java.net.http.HttpRequest.newBuilder(desk.url("/api/v1/conversations/" + id + "/calls"))
                .header("Authorization", "Bearer " + desk.adminToken()).header("Idempotency-Key", "callback-" + id)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        var again = desk.send(java.net.http.HttpRequest.newBuilder(desk.url("/api/v1/conversations/" + id + "/calls"))
                .header("Authorization", "Bearer " + desk.adminToken()).header("Idempotency-Key", "callback-" + id)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertEquals(first.json().get("callId"), again.json().get("callId"));
        assertEquals(1, twilio.twilio.created("Calls").stream().filter(r -> r.field("Twiml").contains(customer))
                .count());
    }

    @Test
    void aCallbackTwilioRefusesIsAProblemWithTwiliosReason() {
        deliver(voicemail(newCallSid()));
        twilio.twilio.failNext(400, 21215, "Account not authorized to call " + customer + ".");

        ApiResponse refused = desk.post("/api/v1/conversations/" + conversationId() + "/calls", null);

        assertEquals(422, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("Call not placed", refused.json().get("title").getAsString());
        assertEquals("21215", refused.json().get("code").getAsString());
        assertTrue(refused.json().get("detail").getAsString().contains("Account not authorized"), refused.body());
    }

    @Test
    void aRateLimitedCallbackIsUnavailableForNow() {
        deliver(voicemail(newCallSid()));
        twilio.twilio.rateLimitNext(5);

        ApiResponse refused = desk.post("/api/v1/conversations/" + conversationId() + "/calls", null);

        assertEquals(503, refused.status(), refused.body());
        assertEquals(5, refused.json().get("retryAfterSeconds").getAsLong());
    }
}
