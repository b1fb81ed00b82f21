package io.switchboard.plugins.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.switchboard.api.channel.WebhookResponse;
import io.switchboard.api.channel.WebhookResult;
import io.switchboard.api.channel.event.CallEvent;
import io.switchboard.plugins.twilio.testing.FakeTwilio;
import io.switchboard.plugins.twilio.testing.TestChannelContext;
import io.switchboard.plugins.twilio.testing.TwilioRequests;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A voice instance on an in-memory host, talking to a loopback fake Twilio, with Twilio's callbacks. */
final class VoiceTestbed implements AutoCloseable {

    static final String ACCOUNT_SID = "ACfedcba9876543210fedcba9876543210";
    static final String AUTH_TOKEN = "voice-auth-token";
    static final String OUR_NUMBER = "+15550002222";
    static final String RING_NUMBER = "+15550003333";
    static final String CUSTOMER = "+15551234567";
    static final String CALL_SID = "CA00000000000000000000000000000001";
    static final String LEG_SID = "CA00000000000000000000000000000002";
    static final String URL = TestChannelContext.WEBHOOK_URL;
    static final String CUSTOMER_QUERY = "?customer=%2B15551234567&agent=%2B15550003333";

    final FakeTwilio twilio = FakeTwilio.start(ACCOUNT_SID, AUTH_TOKEN);
    final TestChannelContext context;
    final VoiceInstance instance;

    private VoiceTestbed(Map<String, String> extraConfig) {
        Map<String, String> config = new HashMap<>(Map.of("accountSid", ACCOUNT_SID, "authToken", AUTH_TOKEN,
                "phoneNumber", OUR_NUMBER, "baseUrl", twilio.baseUrl(), "ringNumber", RING_NUMBER));
        config.putAll(extraConfig);
        config.values().removeIf(String::isEmpty);
        this.context = new TestChannelContext(new VoiceConnector().configSchema(), config);
        this.instance = (VoiceInstance) new VoiceConnector().open(context);
    }

    static VoiceTestbed start() {
        return new VoiceTestbed(Map.of());
    }

    static VoiceTestbed withConfig(Map<String, String> extraConfig) {
        return new VoiceTestbed(extraConfig);
    }

    private static final TwilioRequests REQUESTS = new TwilioRequests(URL, ACCOUNT_SID);

    /** Twilio's request to the number's voice URL when a call comes in. */
    static TwilioWebhook incoming() {
        return REQUESTS.incomingCall(CALL_SID, CUSTOMER, OUR_NUMBER);
    }

    /** The whole call's status callback (configured on the number, so no query). */
    static TwilioWebhook callStatus(String status) {
        return REQUESTS.callStatus(CALL_SID, status, CUSTOMER, OUR_NUMBER);
    }

    /** The agent leg's status callback, as configured in our TwiML's {@code <Number>}. */
    static TwilioWebhook legStatus(String status) {
        return REQUESTS.legStatus(CUSTOMER_QUERY, LEG_SID, CALL_SID, status, CUSTOMER, RING_NUMBER);
    }

    /** Our {@code <Dial action>}, requested when the dialled leg ends. */
    static TwilioWebhook dialResult(String dialCallStatus) {
        return REQUESTS.dialResult(CUSTOMER_QUERY, CALL_SID, dialCallStatus, CUSTOMER, OUR_NUMBER);
    }

    /** Our {@code <Record action>}, requested when the voicemail is recorded. */
    static TwilioWebhook recorded(String recordingUrl) {
        return REQUESTS.recorded(CUSTOMER_QUERY, CALL_SID, recordingUrl, CUSTOMER, OUR_NUMBER);
    }

    /** The recording status callback (it carries no From/To). */
    static TwilioWebhook recordingStatus(String recordingUrl) {
        return REQUESTS.recordingStatus(CUSTOMER_QUERY, CALL_SID, recordingUrl);
    }

    /** The transcription callback. */
    static TwilioWebhook transcription(String text, String recordingUrl) {
        return REQUESTS.transcription(CUSTOMER_QUERY, CALL_SID, text, recordingUrl, CUSTOMER, OUR_NUMBER);
    }

    WebhookResult signed(TwilioWebhook webhook) {
        return instance.onWebhook(webhook.request(webhook.signature(AUTH_TOKEN)));
    }

    /** The call events of a signed callback. */
    List<CallEvent> events(TwilioWebhook webhook) {
        return signed(webhook).events().stream().map(e -> assertInstanceOf(CallEvent.class, e)).toList();
    }

    CallEvent event(TwilioWebhook webhook) {
        List<CallEvent> events = events(webhook);
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    /** The TwiML a signed webhook is answered with. */
    String twiml(TwilioWebhook webhook) {
        WebhookResult result = signed(webhook);
        WebhookResponse.Http http = assertInstanceOf(WebhookResponse.Http.class, result.response());
        assertEquals(200, http.status(), () -> new String(http.body(), StandardCharsets.UTF_8));
        assertEquals("text/xml; charset=utf-8", http.contentType());
        return new String(http.body(), StandardCharsets.UTF_8);
    }

    static int status(WebhookResult result) {
        return assertInstanceOf(WebhookResponse.Http.class, result.response()).status();
    }

    @Override
    public void close() {
        twilio.close();
    }
}
