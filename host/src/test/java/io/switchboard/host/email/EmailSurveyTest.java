package io.switchboard.host.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.surveys.SurveyDesk;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.mail.MailServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CSAT by email against a real IMAP/SMTP server: the question arrives as a reply, the customer's reply answers it. */
class EmailSurveyTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();
    private static final SurveyDesk surveys = new SurveyDesk(desk);
    private static MailServer mail;
    private static EmailDesk email;

    @BeforeAll
    static void createTheEmailChannelAndSwitchCsatOn() {
        mail = MailServer.start();
        email = EmailDesk.create(desk, mail, Map.of());
        surveys.enable("csat", List.of("email"), Map.of());
    }

    @AfterAll
    static void stopTheMailServer() {
        mail.close();
    }

    @Test
    void theQuestionArrivesByMailAndTheCustomersReplyIsTheAnswer() {
        String ada = email.customer("ada.survey");
        mail.send(ada, EmailDesk.MAILBOX, "Refund", "Where is my refund?", Map.of("Message-ID", "<q.ada@customer.test>"));
        email.pollUntil("the mail is a conversation", () -> email.onlyConversationOf(ada).isPresent());
        long id = email.onlyConversationOf(ada).orElseThrow().get("id").getAsLong();
        surveys.resolve(id);

        TestDesk.await("the survey is in the customer's mailbox", () -> !mail.inbox(ada, EmailDesk.PASSWORD).isEmpty());
        Map<String, String> question = mail.inbox(ada, EmailDesk.PASSWORD).get(0);
        assertTrue(question.get("body.text").contains("How satisfied are you with the help you received?"),
                question.get("body.text"));
        assertTrue(question.get("body.text").contains("/s/"));

        mail.send(ada, EmailDesk.MAILBOX, question.get("Subject"), "4 - quick and kind\n\nOn Monday you wrote:\n> ...",
                Map.of("In-Reply-To", question.get("Message-ID"), "References", question.get("Message-ID")));
        email.pollUntil("the answer is stored", () -> !surveys.answers("conversation=" + id).isEmpty());
        JsonObject answer = surveys.answers("conversation=" + id).get(0);
        assertEquals(4, answer.get("value").getAsInt());
        assertTrue(answer.get("comment").getAsString().startsWith("quick and kind"));
        assertEquals("resolved", surveys.status(id));
    }

    @Test
    void aConversationOfOnlyAnAutoReplyGetsNoSurvey() {
        String bot = email.customer("bot.survey");
        mail.send(bot, EmailDesk.MAILBOX, "Out of office", "I am away until Monday.",
                Map.of("Auto-Submitted", "auto-replied"));
        email.pollUntil("the auto-reply is a conversation", () -> email.onlyConversationOf(bot).isPresent());
        long id = email.onlyConversationOf(bot).orElseThrow().get("id").getAsLong();
        surveys.resolve(id);

        JsonObject request = surveys.requests(id).get(0);
        assertEquals("skipped", request.get("status").getAsString());
        assertTrue(request.get("reason").getAsString().contains("only automated messages"));
        assertTrue(surveys.surveyMessages(id).isEmpty());
    }
}
