package io.switchboard.host.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One customer is one contact across channels and visits. */
class ContactIdentityTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    @Test
    void aVisitorWhoLeavesAnEmailBecomesAKnownContact() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat",
                Map.of("name", "Grace", "email", "Grace@Example.com"))) {
            visitor.say("hi");
            JsonObject contact = contactOf(visitor);
            assertEquals("Grace", contact.get("name").getAsString());
            assertTrue(contact.getAsJsonArray("identities").toString().contains("grace@example.com"),
                    contact.toString());
        }
    }

    @Test
    void twoVisitsWithTheSameEmailAreOneContactWithBothConversations() {
        try (WebChatVisitor monday = WebChatVisitor.arrive(desk, "webchat", Map.of("email", "linus@example.com"));
             WebChatVisitor friday = WebChatVisitor.arrive(desk, "webchat", Map.of("email", "linus@example.com"))) {
            monday.say("monday question");
            friday.say("friday question");

            long contactId = contactOf(friday).get("id").getAsLong();
            ApiResponse view = desk.get("/api/v1/contacts/" + contactId);
            assertEquals(2, view.json().getAsJsonArray("conversations").size(), view.body());
            assertEquals(contactId, contactOf(monday).get("id").getAsLong());
        }
    }

    @Test
    void mergingMovesConversationsAndIdentitiesAndTheOldIdSaysWhereTheyWent() {
        try (WebChatVisitor first = WebChatVisitor.arrive(desk, "webchat", Map.of());
             WebChatVisitor second = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            first.say("one");
            second.say("two");
            long keep = contactOf(first).get("id").getAsLong();
            long gone = contactOf(second).get("id").getAsLong();

            ApiResponse merged = desk.post("/api/v1/contacts/" + keep + "/merge", Map.of("contactId", gone));
            assertEquals(200, merged.status(), merged.body());
            assertEquals(2, merged.json().getAsJsonArray("conversations").size());
            ApiResponse old = desk.get("/api/v1/contacts/" + gone);
            assertEquals(404, old.status());
            assertEquals(keep, old.json().get("mergedInto").getAsLong());
        }
    }

    @Test
    void aContactCannotBeMergedIntoItself() {
        try (WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of())) {
            visitor.say("me");
            long id = contactOf(visitor).get("id").getAsLong();
            assertEquals(400, desk.post("/api/v1/contacts/" + id + "/merge", Map.of("contactId", id)).status());
        }
    }

    private static JsonObject contactOf(WebChatVisitor visitor) {
        Long contactId = desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT contact_id FROM contact_identities"
                + " WHERE kind = 'webchat' AND address = :a").bind("a", visitor.visitorId()).mapTo(Long.class).one());
        ApiResponse response = desk.get("/api/v1/contacts/" + contactId);
        assertEquals(200, response.status(), response.body());
        return response.json().getAsJsonObject("contact");
    }
}
