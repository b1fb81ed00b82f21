package io.switchboard.host.email;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.mail.MailServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An email channel on a test desk, created by an admin through the REST API and pointing at a
 * real IMAP/SMTP server, with the calls the email tests make over and over.
 */
final class EmailDesk {

    static final String MAILBOX = "support@desk.test";
    static final String PASSWORD = "mailbox-password";

    final TestDesk desk;
    final MailServer mail;
    final long channelId;

    private EmailDesk(TestDesk desk, MailServer mail, long channelId) {
        this.desk = desk;
        this.mail = mail;
        this.channelId = channelId;
    }

    static EmailDesk create(TestDesk desk, MailServer mail, Map<String, String> extraConfig) {
        mail.createUser(MAILBOX, PASSWORD);
        Map<String, String> config = new HashMap<>(Map.of(
                "imapHost", "127.0.0.1", "imapPort", String.valueOf(mail.imapPort()), "imapSecurity", "none",
                "imapUser", MAILBOX, "imapPassword", PASSWORD,
                "smtpHost", "127.0.0.1", "smtpPort", String.valueOf(mail.smtpPort()), "smtpSecurity", "none",
                "fromAddress", MAILBOX, "fromName", "Acme Support"));
        config.putAll(extraConfig);
        ApiResponse created = desk.post("/api/v1/admin/channels", Map.of("type", "email", "name", "Support mailbox",
                "config", config));
        if (created.status() != 201) {
            throw new AssertionError("creating the email channel failed: " + created);
        }
        return new EmailDesk(desk, mail, created.json().get("id").getAsLong());
    }

    /** A customer with their own mailbox on the test server. */
    String customer(String localPart) {
        String address = localPart + "@customer.test";
        mail.createUser(address, PASSWORD);
        return address;
    }

    /** Asks for a poll now and waits until the condition holds. */
    void pollUntil(String what, java.util.function.BooleanSupplier condition) {
        ApiResponse poll = desk.post("/api/v1/admin/channels/" + channelId + "/poll", null);
        if (poll.status() != 202) {
            throw new AssertionError("poll refused: " + poll);
        }
        TestDesk.await(what, condition);
    }

    /** The email conversations of a customer, newest first. */
    List<JsonObject> conversationsOf(String address) {
        JsonArray items = desk.get("/api/v1/conversations?channel=email&limit=100").json().getAsJsonArray("items");
        List<JsonObject> found = new ArrayList<>();
        for (var item : items) {
            JsonObject conversation = item.getAsJsonObject();
            if (conversation.getAsJsonObject("contact").get("address").getAsString().equals(address)) {
                found.add(conversation);
            }
        }
        return found;
    }

    Optional<JsonObject> onlyConversationOf(String address) {
        List<JsonObject> conversations = conversationsOf(address);
        return conversations.size() == 1 ? Optional.of(conversations.get(0)) : Optional.empty();
    }

    JsonArray messages(long conversationId) {
        return desk.get("/api/v1/conversations/" + conversationId).json().getAsJsonArray("messages");
    }

    JsonObject lastMessage(long conversationId) {
        JsonArray messages = messages(conversationId);
        return messages.get(messages.size() - 1).getAsJsonObject();
    }
}
