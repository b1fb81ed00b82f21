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

/** Agents edit a contact's name and add email and phone identities; conflicts explain merging. */
class ContactEditTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    @Test
    void anAgentRenamesAContactAndAddsAnEmailAndANormalisedPhoneNumber() {
        long id = contactOf("Ed Itor", "hello");
        ApiResponse edited = desk.patch("/api/v1/contacts/" + id, Map.of("name", "Edith Itor", "email",
                "Edith@Example.com", "phone", "+1 (555) 010-2030"));
        assertEquals(200, edited.status(), edited.body());
        JsonObject contact = edited.json().getAsJsonObject("contact");
        assertEquals("Edith Itor", contact.get("name").getAsString());
        String identities = contact.getAsJsonArray("identities").toString();
        assertTrue(identities.contains("\"edith@example.com\"") && identities.contains("\"+15550102030\""),
                identities);
    }

    @Test
    void invalidValuesAreRefusedWithWhatIsExpected() {
        long id = contactOf("Val Idation", "hi");
        ApiResponse phone = desk.patch("/api/v1/contacts/" + id, Map.of("phone", "0555 123"));
        assertEquals(400, phone.status());
        assertTrue(phone.json().get("detail").getAsString().contains("E.164"), phone.body());
        ApiResponse email = desk.patch("/api/v1/contacts/" + id, Map.of("email", "not-an-email"));
        assertEquals(400, email.status());
        assertTrue(email.json().get("detail").getAsString().contains("email"), email.body());
        assertEquals(400, desk.patch("/api/v1/contacts/" + id, Map.of("name", "  ")).status());
        assertEquals(404, desk.patch("/api/v1/contacts/999999", Map.of("name", "Nobody")).status());
    }

    @Test
    void anAddressOfAnotherContactIsAConflictThatExplainsHowToMerge() {
        long owner = contactOf("Olga Owner", "first");
        desk.patch("/api/v1/contacts/" + owner, Map.of("email", "olga@example.com"));
        long other = contactOf("Olga Again", "second");

        ApiResponse conflict = desk.patch("/api/v1/contacts/" + other, Map.of("name", "Olga O.", "email",
                "olga@example.com"));
        assertEquals(409, conflict.status(), conflict.body());
        assertTrue(conflict.contentType().startsWith("application/problem+json"));
        JsonObject detail = conflict.json();
        assertTrue(detail.get("detail").getAsString().contains("\"merge\": true"), detail.toString());
        assertEquals(owner, detail.getAsJsonObject("conflict").get("contactId").getAsLong());
        assertEquals("Olga Owner", detail.getAsJsonObject("conflict").get("contactName").getAsString());
        assertEquals("Olga Again", desk.get("/api/v1/contacts/" + other).json().getAsJsonObject("contact")
                .get("name").getAsString(), "nothing of a refused edit is applied");

        ApiResponse merged = desk.patch("/api/v1/contacts/" + other, Map.of("email", "olga@example.com",
                "merge", true));
        assertEquals(200, merged.status(), merged.body());
        assertEquals(2, merged.json().getAsJsonArray("conversations").size());
        assertEquals(other, desk.get("/api/v1/contacts/" + owner).json().get("mergedInto").getAsLong());
    }

    @Test
    void addingAnAddressTheContactHasAlreadyChangesNothing() {
        long id = contactOf("Same Same", "x");
        desk.patch("/api/v1/contacts/" + id, Map.of("email", "same@example.com"));
        ApiResponse again = desk.patch("/api/v1/contacts/" + id, Map.of("email", "SAME@example.com"));
        assertEquals(200, again.status(), again.body());
        assertEquals(1, again.json().getAsJsonObject("contact").getAsJsonArray("identities").asList().stream()
                .filter(i -> i.toString().contains("same@example.com")).count());
    }

    private static long contactOf(String name, String text) {
        WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", name));
        visitor.say(text);
        return desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT contact_id FROM contact_identities"
                + " WHERE kind = 'webchat' AND address = :a").bind("a", visitor.visitorId()).mapTo(Long.class).one());
    }
}
