package io.switchboard.host.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.surveys.SurveyDesk;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.plugins.twilio.testing.FakeTwilio;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** NPS over SMS against the loopback fake Twilio: the question is a text, the reply a number; STOP means no survey. */
class SmsSurveyTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static final TwilioDesk twilio = new TwilioDesk(desk);
    private static final SurveyDesk surveys = new SurveyDesk(desk);
    private static final AtomicInteger CUSTOMERS = new AtomicInteger(2000);

    private final String key = twilio.createSms();
    private final String customer = "+1555987" + CUSTOMERS.incrementAndGet();
    private final AtomicInteger sids = new AtomicInteger();

    @BeforeAll
    static void switchNpsOnForSms() {
        surveys.enable("nps", List.of("sms"), Map.of());
    }

    @AfterAll
    static void stopTwilio() {
        twilio.close();
    }

    private void text(String body) {
        String sid = "SM" + customer.substring(1) + String.format("%0" + (32 - customer.length() + 1) + "d",
                sids.incrementAndGet());
        assertEquals(200, twilio.signed(twilio.requests(key).incomingSms(sid, customer, TwilioDesk.SMS_NUMBER, body))
                .status());
    }

    private long conversationId() {
        return twilio.conversationOn(key, customer).get("id").getAsLong();
    }

    private List<FakeTwilio.Received> textsToCustomer() {
        return twilio.twilio.created("Messages").stream().filter(r -> customer.equals(r.field("To"))).toList();
    }

    @Test
    void resolvingSendsTheNpsQuestionAsATextAndTheReplyIsTheAnswer() {
        text("My bill is wrong");
        long id = conversationId();
        surveys.resolve(id);

        TestDesk.await("the question reaches Twilio", () -> !textsToCustomer().isEmpty());
        String body = textsToCustomer().get(0).field("Body");
        assertTrue(body.startsWith("How likely are you to recommend us to a friend or colleague? Reply with a number"
                + " from 0"), body);
        assertTrue(body.contains("/s/"), body);

        text("9");
        JsonObject answer = surveys.answers("conversation=" + id).get(0);
        assertEquals(9, answer.get("value").getAsInt());
        assertEquals("sms", answer.get("channel").getAsString());
        assertEquals("resolved", surveys.status(id));
    }

    @Test
    void aCustomerWhoTextedStopGetsNoSurvey() {
        text("STOP");
        long id = conversationId();
        surveys.resolve(id);

        TestDesk.await("the request is settled", () -> !surveys.requests(id).isEmpty()
                && !"pending".equals(surveys.requests(id).get(0).get("status").getAsString()));
        JsonObject request = surveys.requests(id).get(0);
        assertEquals("skipped", request.get("status").getAsString());
        assertEquals("the customer opted out of SMS with STOP", request.get("reason").getAsString());
        assertTrue(textsToCustomer().isEmpty());
        assertTrue(surveys.surveyMessages(id).isEmpty());
    }
}
