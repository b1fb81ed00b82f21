package io.switchboard.host.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.surveys.SurveyDesk;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.FakeGraphApi;
import io.switchboard.host.testing.MetaWebhookSender;
import io.switchboard.host.testing.TestDesk;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Surveys on WhatsApp and Messenger against the loopback fake Graph API, with the real plugin
 * zips: resolving sends the question as a plain text message on the conversation's own
 * channel, the customer's reply arriving by signed webhook is stored as the answer, and a
 * survey due after the 24-hour messaging window is skipped with the reason. Every message is
 * timestamped on the desk's clock, so a test that moves the clock does not disturb the others.
 */
class MetaSurveyTest {

    private static final String WA_SECRET = "wa-survey-secret";
    private static final String PHONE_NUMBER_ID = "106540352242977";
    private static final String MS_SECRET = "ms-survey-secret";
    private static final String PAGE_ID = "1477733579299";

    @RegisterExtension
    static final MetaDesk meta = new MetaDesk();
    private static MetaWebhookSender whatsapp;
    private static MetaWebhookSender messenger;

    @BeforeAll
    static void createChannelsAndSwitchSurveysOn() {
        meta.createChannel("whatsapp", "wa-survey", Map.of("appSecret", WA_SECRET, "verifyToken", "wa-v",
                "accessToken", "EAAJB-survey", "phoneNumberId", PHONE_NUMBER_ID));
        meta.createChannel("messenger", "fb-survey", Map.of("appSecret", MS_SECRET, "verifyToken", "ms-v",
                "accessToken", "EAAG-survey", "pageId", PAGE_ID));
        whatsapp = new MetaWebhookSender(meta.desk, "wa-survey");
        messenger = new MetaWebhookSender(meta.desk, "fb-survey");
        SurveyDesk surveys = new SurveyDesk(meta.desk);
        surveys.enable("csat", List.of("whatsapp"), Map.of());
        surveys.enable("nps", List.of("messenger"), Map.of());
    }

    @Test
    void resolvingAWhatsAppConversationSendsTheCsatAsTextAndTheReplyIsTheAnswer() {
        waText("16505550201", "wamid.sv-q", "My order never came");
        long id = meta.conversationOf("whatsapp", "+16505550201").get("id").getAsLong();
        resolve(id);

        FakeGraphApi.Request send = awaitSend("\"to\":\"+16505550201\"");
        JsonObject body = send.json();
        assertEquals("text", body.get("type").getAsString());
        String question = body.getAsJsonObject("text").get("body").getAsString();
        assertTrue(question.startsWith("How satisfied are you with the help you received? Reply with a number from 1"),
                question);
        assertTrue(question.contains("/s/"), question);

        waText("16505550201", "wamid.sv-a", "5");
        JsonObject answer = onlyAnswer(id);
        assertEquals(5, answer.get("value").getAsInt());
        assertEquals("csat", answer.get("survey").getAsString());
        assertEquals("whatsapp", answer.get("channel").getAsString());
        assertEquals("channel", answer.get("source").getAsString());
        assertEquals("resolved", status(id));
    }

    @Test
    void resolvingAMessengerConversationSendsTheNpsAsTextAndTheReplyIsTheAnswer() {
        msText("7101", "m_sv_q", "Where is my parcel?");
        long id = meta.conversationOf("messenger", "7101").get("id").getAsLong();
        resolve(id);

        FakeGraphApi.Request send = awaitSend("\"recipient\":{\"id\":\"7101\"}");
        JsonObject body = send.json();
        assertEquals("RESPONSE", body.get("messaging_type").getAsString(), "a survey never uses the HUMAN_AGENT tag");
        String question = body.getAsJsonObject("message").get("text").getAsString();
        assertTrue(question.startsWith("How likely are you to recommend us to a friend or colleague?"), question);

        msText("7101", "m_sv_a", "8 - fast delivery");
        JsonObject answer = onlyAnswer(id);
        assertEquals(8, answer.get("value").getAsInt());
        assertEquals("nps", answer.get("survey").getAsString());
        assertEquals("messenger", answer.get("channel").getAsString());
        assertEquals("fast delivery", answer.get("comment").getAsString());
    }

    @Test
    void aWhatsAppSurveyDueAfterThe24HourWindowIsSkippedWithTheReason() {
        waText("16505550202", "wamid.sv-late", "Hello?");
        long id = meta.conversationOf("whatsapp", "+16505550202").get("id").getAsLong();
        meta.clock.advance(Duration.ofHours(25));
        resolve(id);

        JsonObject request = settled(id);
        assertEquals("skipped", request.get("status").getAsString());
        assertTrue(request.get("reason").getAsString().startsWith("the WhatsApp messaging window closed at"),
                request.toString());
        assertTrue(meta.graph.sends().stream().noneMatch(r -> r.body().contains("+16505550202")));
    }

    @Test
    void aMessengerSurveyDueAfter24HoursIsSkippedRatherThanTaggedAsAHumanAgentReply() {
        msText("7102", "m_sv_late", "Hello?");
        long id = meta.conversationOf("messenger", "7102").get("id").getAsLong();
        meta.clock.advance(Duration.ofDays(2));
        resolve(id);

        JsonObject request = settled(id);
        assertEquals("skipped", request.get("status").getAsString());
        assertTrue(request.get("reason").getAsString().startsWith("the Messenger messaging window closed at"),
                request.toString());
        assertTrue(meta.graph.sends().stream().noneMatch(r -> r.body().contains("\"7102\"")));
    }

    private static void waText(String waId, String wamid, String text) {
        long seconds = meta.clock.instant().getEpochSecond();
        ApiResponse posted = whatsapp.post(WA_SECRET, WhatsAppPayloads.messages(PHONE_NUMBER_ID, waId, "Customer " + waId,
                "{\"from\":\"" + waId + "\",\"id\":\"" + wamid + "\",\"timestamp\":\"" + seconds
                        + "\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}"));
        assertEquals(200, posted.status(), posted.body());
    }

    private static void msText(String psid, String mid, String text) {
        meta.graph.profile(psid, "Customer", psid);
        ApiResponse posted = messenger.post(MS_SECRET, MessengerPayloads.text(PAGE_ID, psid, mid, text,
                meta.clock.instant().toEpochMilli()));
        assertEquals(200, posted.status(), posted.body());
    }

    private static void resolve(long id) {
        ApiResponse resolved = meta.post("/api/v1/conversations/" + id + "/status", Map.of("status", "resolved"));
        assertEquals(200, resolved.status(), resolved.body());
    }

    private static String status(long id) {
        return meta.get("/api/v1/conversations/" + id).json().getAsJsonObject("conversation").get("status")
                .getAsString();
    }

    private static JsonObject onlyAnswer(long id) {
        JsonArray answers = meta.get("/api/v1/surveys/answers?conversation=" + id).jsonElement().getAsJsonArray();
        assertEquals(1, answers.size(), answers.toString());
        return answers.get(0).getAsJsonObject();
    }

    /** The conversation's only survey request once the sender has sent or skipped it. */
    private static JsonObject settled(long id) {
        TestDesk.await("the survey request is settled", () -> {
            JsonArray requests = meta.get("/api/v1/surveys/requests?conversation=" + id).jsonElement()
                    .getAsJsonArray();
            return requests.size() == 1 && !"pending".equals(requests.get(0).getAsJsonObject().get("status")
                    .getAsString());
        });
        return meta.get("/api/v1/surveys/requests?conversation=" + id).jsonElement().getAsJsonArray().get(0)
                .getAsJsonObject();
    }

    private static FakeGraphApi.Request awaitSend(String marker) {
        TestDesk.await("a send with " + marker, () -> meta.graph.sends().stream()
                .anyMatch(r -> r.body().contains(marker)));
        return meta.graph.sends().stream().filter(r -> r.body().contains(marker)).findFirst().orElseThrow();
    }
}
