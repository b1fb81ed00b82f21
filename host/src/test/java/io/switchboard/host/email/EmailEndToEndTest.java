package io.switchboard.host.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.mail.MailServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The email channel's acceptance path on a real desk with the email plugin zip loaded through
 * PF4J, against a real IMAP/SMTP server: an admin creates the channel through the REST API,
 * customer mail sent over SMTP appears in the inbox threaded, and the agent's reply arrives in
 * the customer's mailbox as a reply to their mail.
 */
class EmailEndToEndTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    private static MailServer mail;
    private static EmailDesk email;

    @BeforeAll
    static void createTheEmailChannel() {
        mail = MailServer.start();
        email = EmailDesk.create(desk, mail, Map.of());
    }

    @AfterAll
    static void stopTheMailServer() {
        mail.close();
    }

    @Test
    void mailSentToTheMailboxShowsUpInTheInbox() {
        String ada = email.customer("ada");
        mail.send("Ada Lovelace <" + ada + ">", EmailDesk.MAILBOX, "Where is my order?", "Order #1234 is late.",
                Map.of());

        email.pollUntil("the mail is a conversation", () -> email.onlyConversationOf(ada).isPresent());
        JsonObject conversation = email.onlyConversationOf(ada).orElseThrow();
        assertEquals("Where is my order?", conversation.get("subject").getAsString());
        assertEquals("Order #1234 is late.", conversation.get("preview").getAsString());
        assertEquals("Ada Lovelace", conversation.getAsJsonObject("contact").get("name").getAsString());
        assertEquals("email", conversation.getAsJsonObject("channel").get("type").getAsString());
    }

    @Test
    void theAgentsReplyArrivesInTheCustomersMailboxAsAReplyToTheirMail() {
        String grace = email.customer("grace");
        mail.send(grace, EmailDesk.MAILBOX, "Broken charger", "It stopped working.",
                Map.of("Message-ID", "<first.grace@customer.test>"));
        email.pollUntil("the mail is a conversation", () -> email.onlyConversationOf(grace).isPresent());
        long conversationId = email.onlyConversationOf(grace).orElseThrow().get("id").getAsLong();

        ApiResponse reply = desk.post("/api/v1/conversations/" + conversationId + "/replies",
                Map.of("text", "We are sending a new one.\nSorry!"));
        assertEquals(202, reply.status(), reply.body());
        TestDesk.await("the reply is sent", () -> "sent".equals(email.lastMessage(conversationId).get("status")
                .getAsString()));
        TestDesk.await("the reply is in the customer's mailbox", () -> !mail.inbox(grace, EmailDesk.PASSWORD)
                .isEmpty());

        Map<String, String> received = mail.inbox(grace, EmailDesk.PASSWORD).get(0);
        String token = desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT thread_token FROM conversations"
                + " WHERE id = :id").bind("id", conversationId).mapTo(String.class).one());
        assertEquals(email.lastMessage(conversationId).get("externalId").getAsString(), received.get("Message-ID"));
        assertEquals("<first.grace@customer.test>", received.get("In-Reply-To"));
        assertEquals("<first.grace@customer.test>", received.get("References"));
        assertEquals("Re: Broken charger [" + token + "]", received.get("Subject"));
        assertEquals("Acme Support <support@desk.test>", received.get("From"));
        assertEquals("text/plain,text/html", received.get("body.parts"));
        assertEquals("We are sending a new one.\r\nSorry!", received.get("body.text").strip());
    }

    @Test
    void aCustomerReplyToOurReplyJoinsTheSameConversation() {
        String alan = email.customer("alan");
        mail.send(alan, EmailDesk.MAILBOX, "Invoice question", "Why two charges?",
                Map.of("Message-ID", "<first.alan@customer.test>"));
        email.pollUntil("the mail is a conversation", () -> email.onlyConversationOf(alan).isPresent());
        long conversationId = email.onlyConversationOf(alan).orElseThrow().get("id").getAsLong();
        desk.post("/api/v1/conversations/" + conversationId + "/replies", Map.of("text", "One was a refund."));
        TestDesk.await("the reply arrived", () -> !mail.inbox(alan, EmailDesk.PASSWORD).isEmpty());
        Map<String, String> ourReply = mail.inbox(alan, EmailDesk.PASSWORD).get(0);

        mail.send(alan, EmailDesk.MAILBOX, ourReply.get("Subject").replace("Re: ", "RE: "), "Thanks, got it.",
                Map.of("In-Reply-To", ourReply.get("Message-ID"),
                        "References", ourReply.get("References") + " " + ourReply.get("Message-ID")));

        email.pollUntil("the answer is in the conversation", () -> email.messages(conversationId).size() == 3);
        assertEquals(1, email.conversationsOf(alan).size());
        assertEquals("Thanks, got it.", email.lastMessage(conversationId).get("text").getAsString());
    }

    @Test
    void aReplyThatLostItsHeadersFindsItsConversationByTheTokenInItsSubject() {
        String edsger = email.customer("edsger");
        mail.send(edsger, EmailDesk.MAILBOX, "Login fails", "Cannot sign in.", Map.of());
        email.pollUntil("the mail is a conversation", () -> email.onlyConversationOf(edsger).isPresent());
        long conversationId = email.onlyConversationOf(edsger).orElseThrow().get("id").getAsLong();
        String token = desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT thread_token FROM conversations"
                + " WHERE id = :id").bind("id", conversationId).mapTo(String.class).one());

        mail.send(edsger, EmailDesk.MAILBOX, "Fwd: Login fails [" + token + "]", "Still failing.", Map.of());

        email.pollUntil("the follow-up is in the conversation", () -> email.messages(conversationId).size() == 2);
        assertEquals(1, email.conversationsOf(edsger).size());
    }

    @Test
    void aNewSubjectFromAKnownAddressStartsANewConversationOfTheSameContact() {
        String barbara = email.customer("barbara");
        mail.send(barbara, EmailDesk.MAILBOX, "First matter", "One.", Map.of());
        email.pollUntil("the first conversation", () -> email.conversationsOf(barbara).size() == 1);

        mail.send(barbara, EmailDesk.MAILBOX, "Another matter", "Two.", Map.of());

        email.pollUntil("a second conversation", () -> email.conversationsOf(barbara).size() == 2);
        List<JsonObject> conversations = email.conversationsOf(barbara);
        assertEquals(conversations.get(0).getAsJsonObject("contact").get("id"),
                conversations.get(1).getAsJsonObject("contact").get("id"));
    }

    @Test
    void anAttachmentIsDownloadableWithItsNameAndType() throws Exception {
        String linus = email.customer("linus");
        byte[] pdf = "%PDF-1.4 receipt".getBytes(StandardCharsets.US_ASCII);
        mail.sendWithAttachment(linus, EmailDesk.MAILBOX, "Receipt", "See attached.", "účtenka č. 5.pdf",
                "application/pdf", pdf);
        email.pollUntil("the mail is a conversation", () -> email.onlyConversationOf(linus).isPresent());
        long conversationId = email.onlyConversationOf(linus).orElseThrow().get("id").getAsLong();
        JsonObject attachment = email.lastMessage(conversationId).getAsJsonArray("attachments").get(0)
                .getAsJsonObject();
        assertEquals("účtenka č. 5.pdf", attachment.get("filename").getAsString());

        HttpResponse<byte[]> download = desk.http().send(HttpRequest.newBuilder(
                        URI.create(desk.url("") + attachment.get("url").getAsString()))
                .header("Authorization", "Bearer " + desk.adminToken()).timeout(Duration.ofSeconds(10)).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        assertEquals("application/pdf", download.headers().firstValue("content-type").orElseThrow());
        assertEquals("attachment; filename=\"__tenka _. 5.pdf\"; filename*=UTF-8''%C3%BA%C4%8Dtenka%20%C4%8D.%205.pdf",
                download.headers().firstValue("content-disposition").orElseThrow());
    }

    @Test
    void autoRepliesAreStoredButNotCountedAsCustomerMessages() {
        String ken = email.customer("ken");
        mail.send(ken, EmailDesk.MAILBOX, "Order status", "Any news?", Map.of());
        email.pollUntil("the mail is a conversation", () -> email.onlyConversationOf(ken).isPresent());
        JsonObject before = email.onlyConversationOf(ken).orElseThrow();
        long conversationId = before.get("id").getAsLong();
        String token = desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT thread_token FROM conversations"
                + " WHERE id = :id").bind("id", conversationId).mapTo(String.class).one());

        mail.send(ken, EmailDesk.MAILBOX, "Out of office: Re: Order status [" + token + "]", "I am away.",
                Map.of("Auto-Submitted", "auto-replied"));

        email.pollUntil("the auto-reply is stored", () -> email.messages(conversationId).size() == 2);
        assertTrue(email.lastMessage(conversationId).get("automated").getAsBoolean());
        assertEquals(before.get("lastCustomerMessageAt"),
                email.onlyConversationOf(ken).orElseThrow().get("lastCustomerMessageAt"));
    }

    @Test
    void theEmailPluginTakesJakartaMailFromItsOwnZipBecauseTheHostHasNone() throws Exception {
        assertThrowsClassNotFound("jakarta.mail.Session");
        ClassLoader plugin = desk.desk().plugins().classLoaderOf(
                desk.desk().plugins().connectors().get("email").pluginId());

        assertEquals(plugin, plugin.loadClass("jakarta.mail.Session").getClassLoader());
    }

    private static void assertThrowsClassNotFound(String className) {
        org.junit.jupiter.api.Assertions.assertThrows(ClassNotFoundException.class, () -> Class.forName(className),
                "the host's class path must not have " + className);
    }
}
