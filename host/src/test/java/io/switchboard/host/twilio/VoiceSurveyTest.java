package io.switchboard.host.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.surveys.SurveyDesk;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.plugins.twilio.testing.TwilioRequests;
import io.switchboard.plugins.twilio.testing.TwilioWebhook;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A voice conversation has no text channel for the question or the answer: its survey is
 * recorded as skipped with the reason "voice has no text replies", whether the admin covers
 * every channel or lists voice, and nothing reaches Twilio's Messages API.
 */
class VoiceSurveyTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static final TwilioDesk twilio = new TwilioDesk(desk);
    private static final SurveyDesk surveys = new SurveyDesk(desk);

    private final String key = twilio.createVoice(Map.of());
    private final TwilioRequests requests = twilio.requests(key);

    @AfterAll
    static void stopTwilio() {
        twilio.close();
    }

    /** A caller's answered call, ended: the conversation an agent then resolves. */
    private long called(String customer, String sid) {
        for (TwilioWebhook webhook : List.of(requests.incomingCall(sid, customer, TwilioDesk.VOICE_NUMBER),
                requests.callStatus(sid, "completed", customer, TwilioDesk.VOICE_NUMBER).param("CallDuration", "60"))) {
            ApiResponse answer = twilio.signed(webhook);
            assertTrue(answer.status() == 200 || answer.status() == 204, webhook.url() + " -> " + answer);
        }
        return twilio.conversationOn(key, customer).get("id").getAsLong();
    }

    private JsonObject settled(long id) {
        TestDesk.await("the survey request is settled", () -> surveys.requests(id).size() == 1
                && !"pending".equals(surveys.requests(id).get(0).get("status").getAsString()));
        return surveys.requests(id).get(0);
    }

    @Test
    void aSurveyForEveryChannelIsSkippedOnAVoiceConversationWithTheReason() {
        surveys.enable("csat", List.of(), Map.of());
        try {
            long id = called("+15559870101", String.format("CA%032x", 0xDEF001));
            surveys.resolve(id);

            JsonObject request = settled(id);
            assertEquals("skipped", request.get("status").getAsString());
            assertEquals("voice has no text replies", request.get("reason").getAsString());
            assertTrue(surveys.surveyMessages(id).isEmpty());
            assertTrue(twilio.twilio.created("Messages").isEmpty());
        } finally {
            surveys.disable("csat");
        }
    }

    @Test
    void listingVoiceExplicitlyStillSkipsIt() {
        surveys.enable("ces", List.of("voice"), Map.of());
        try {
            long id = called("+15559870102", String.format("CA%032x", 0xDEF002));
            surveys.resolve(id);

            JsonObject request = settled(id);
            assertEquals("ces", request.get("surveyId").getAsString());
            assertEquals("voice has no text replies", request.get("reason").getAsString());
        } finally {
            surveys.disable("ces");
        }
    }
}
