package io.switchboard.host.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.plugins.twilio.testing.FakeTwilio;
import io.switchboard.plugins.twilio.testing.TwilioRequests;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Done when: an admin creates SMS and voice channels, a signed inbound SMS and a voicemail
 * from one number appear in the inbox under the same contact, and the agent's SMS reply reaches
 * (fake) Twilio with the right fields.
 */
class TwilioChannelsAcceptanceTest {

    private static final String CUSTOMER = "+4915112345678";
    private static final String RECORDING = "https://api.twilio.com/2010-04-01/Accounts/" + TwilioDesk.ACCOUNT_SID
            + "/Recordings/RE" + "7".repeat(32);

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static final TwilioDesk twilio = new TwilioDesk(desk);
    private static String sms;
    private static String voice;

    @BeforeAll
    static void anAdminCreatesTheChannelsAndTheCustomerTextsAndLeavesAVoicemail() {
        sms = twilio.createSms();
        voice = twilio.createVoice(Map.of("businessHours", "Mon-Fri 09:00-17:00", "timeZone", "Europe/Berlin"));
        TwilioRequests texts = twilio.requests(sms);
        twilio.signed(texts.incomingSms("SM" + "9".repeat(32), CUSTOMER, TwilioDesk.SMS_NUMBER, "My parcel is late"));
        TwilioRequests calls = twilio.requests(voice);
        String call = "CA" + "9".repeat(32);
        String query = "?customer=%2B4915112345678&agent=%2B15550003333";
        for (var webhook : List.of(calls.incomingCall(call, CUSTOMER, TwilioDesk.VOICE_NUMBER),
                calls.dialResult(query, call, "no-answer", CUSTOMER, TwilioDesk.VOICE_NUMBER),
                calls.recorded(query, call, RECORDING, CUSTOMER, TwilioDesk.VOICE_NUMBER),
                calls.transcription(query, call, "It is about my late parcel.", RECORDING, CUSTOMER,
                        TwilioDesk.VOICE_NUMBER),
                calls.callStatus(call, "completed", CUSTOMER, TwilioDesk.VOICE_NUMBER))) {
            ApiResponse answer = twilio.signed(webhook);
            if (answer.status() >= 300) {
                throw new AssertionError(webhook.url() + " -> " + answer);
            }
        }
    }

    @AfterAll
    static void stopTwilio() {
        twilio.close();
    }

    @Test
    void adminsFindSmsAndVoiceAmongTheChannelTypesWithTheirForms() {
        JsonArray types = desk.get("/api/v1/admin/channel-types").jsonElement().getAsJsonArray();
        for (String type : List.of("sms", "voice")) {
            JsonObject found = StreamSupport.stream(types.spliterator(), false).map(t -> t.getAsJsonObject())
                    .filter(t -> t.get("id").getAsString().equals(type)).findFirst().orElseThrow();
            assertEquals("phone", found.get("addressKind").getAsString());
            JsonObject authToken = StreamSupport.stream(found.getAsJsonArray("configFields").spliterator(), false)
                    .map(f -> f.getAsJsonObject()).filter(f -> f.get("key").getAsString().equals("authToken"))
                    .findFirst().orElseThrow();
            assertTrue(authToken.get("secret").getAsBoolean(), type);
        }
    }

    @Test
    void theAuthTokenIsNeverShownAgain() {
        JsonArray channels = desk.get("/api/v1/admin/channels").jsonElement().getAsJsonArray();
        assertTrue(channels.toString().contains("\"authToken\""), "listed as set");
        assertTrue(!channels.toString().contains(TwilioDesk.AUTH_TOKEN));
    }

    @Test
    void theSignedSmsAndTheVoicemailAreInTheInboxUnderTheSameContact() {
        JsonArray conversations = twilio.conversationsWith(CUSTOMER);

        assertEquals(2, conversations.size(), conversations.toString());
        JsonObject voicemail = twilio.conversationOn(voice, CUSTOMER);
        JsonObject text = twilio.conversationOn(sms, CUSTOMER);
        assertEquals(text.getAsJsonObject("contact").get("id"), voicemail.getAsJsonObject("contact").get("id"));
        assertEquals("My parcel is late", twilio.detail(text.get("id").getAsLong()).getAsJsonArray("messages").get(0)
                .getAsJsonObject().get("text").getAsString());
        assertEquals("Voicemail: It is about my late parcel.", voicemail.get("preview").getAsString());
        JsonObject call = twilio.detail(voicemail.get("id").getAsLong()).getAsJsonArray("calls").get(0)
                .getAsJsonObject();
        assertTrue(call.get("voicemail").getAsBoolean());
        assertEquals(RECORDING, call.get("recordingUrl").getAsString());
    }

    @Test
    void theContactListsBothNumbersChannels() {
        long contactId = twilio.conversationOn(sms, CUSTOMER).getAsJsonObject("contact").get("id").getAsLong();
        ApiResponse contact = desk.get("/api/v1/contacts/" + contactId);
        assertEquals(200, contact.status(), contact.body());
        assertTrue(contact.body().contains(CUSTOMER), contact.body());
    }

    @Test
    void theAgentsSmsReplyReachesTwilioWithTheRightFields() {
        long conversation = twilio.conversationOn(sms, CUSTOMER).get("id").getAsLong();
        desk.post("/api/v1/conversations/" + conversation + "/replies", Map.of("text", "It arrives tomorrow."));

        TestDesk.await("the reply reaches Twilio", () -> !twilio.twilio.created("Messages").isEmpty());
        FakeTwilio.Received sent = twilio.twilio.created("Messages").get(0);
        assertEquals("/2010-04-01/Accounts/" + TwilioDesk.ACCOUNT_SID + "/Messages.json", sent.path());
        assertEquals("Basic " + Base64.getEncoder().encodeToString((TwilioDesk.ACCOUNT_SID + ":"
                + TwilioDesk.AUTH_TOKEN).getBytes(java.nio.charset.StandardCharsets.UTF_8)), sent.authorization());
        assertEquals(CUSTOMER, sent.field("To"));
        assertEquals(TwilioDesk.SMS_NUMBER, sent.field("From"));
        assertEquals("It arrives tomorrow.", sent.field("Body"));
        assertEquals(desk.url("/webhooks/" + sms + "/status").toString(), sent.field("StatusCallback"));
    }

    @Test
    void anSmsConversationCannotPlaceACall() {
        long conversation = twilio.conversationOn(sms, CUSTOMER).get("id").getAsLong();
        ApiResponse refused = desk.post("/api/v1/conversations/" + conversation + "/calls", null);
        assertEquals(422, refused.status(), refused.body());
        assertEquals("Channel cannot place calls", refused.json().get("title").getAsString());
    }

    @Test
    void aWebChatConversationHasNoDraftNotes() {
        var visitor = io.switchboard.host.testing.WebChatVisitor.arrive(desk, "webchat", Map.of());
        visitor.say("hi");
        long conversation = desk.get("/api/v1/conversations?channel=webchat").json().getAsJsonArray("items").get(0)
                .getAsJsonObject().get("id").getAsLong();
        ApiResponse notes = desk.post("/api/v1/conversations/" + conversation + "/draft-notes", Map.of("text", "x"));
        assertEquals(200, notes.status(), notes.body());
        assertEquals(0, notes.json().getAsJsonArray("notes").size());
        visitor.close();
    }
}
