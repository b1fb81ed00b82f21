package io.switchboard.host.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.switchboard.host.testing.ApiResponse;
import io.switchboard.host.testing.TestDesk;
import io.switchboard.host.testing.WebChatVisitor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Agents read and set a contact's attributes over REST; a merge carries them to the contact kept. */
class ContactAttributesApiTest {

    @RegisterExtension
    static final TestDesk desk = TestDesk.perClass();

    private static ApiResponse set(long contactId, String attributesJson) {
        return desk.send("PATCH", "/api/v1/contacts/" + contactId + "/attributes", desk.adminToken(),
                "{\"attributes\":" + attributesJson + "}");
    }

    private static JsonObject attributes(long contactId) {
        ApiResponse read = desk.get("/api/v1/contacts/" + contactId + "/attributes");
        assertEquals(200, read.status(), read.body());
        return read.json();
    }

    @Test
    void aNewContactHasNoAttributesAndSetOnesAreReadBack() {
        long id = contactOf("Vic Ip", "hi");
        assertEquals(new JsonObject(), attributes(id));

        ApiResponse set = set(id, "{\"vip\":\" true \",\"order_number\":\"1234\"}");
        assertEquals(200, set.status(), set.body());
        assertEquals(JsonParser.parseString("{\"order_number\":\"1234\",\"vip\":\"true\"}"), set.json());
        assertEquals(set.json(), attributes(id));
    }

    @Test
    void aChangeTouchesOnlyTheNamedAttributesAndNullRemovesOne() {
        long id = contactOf("Chang Ing", "hi");
        set(id, "{\"vip\":\"true\",\"tier\":\"gold\",\"lang\":\"de\"}");

        ApiResponse changed = set(id, "{\"tier\":\"silver\",\"lang\":null}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(JsonParser.parseString("{\"tier\":\"silver\",\"vip\":\"true\"}"), attributes(id));
    }

    @Test
    void badNamesValuesAndEmptyChangesAreRefusedWithWhy() {
        long id = contactOf("Bad Input", "hi");
        ApiResponse name = set(id, "{\"VIP Level\":\"1\"}");
        assertEquals(400, name.status());
        assertTrue(name.json().get("detail").getAsString().contains("'VIP Level' must be lower-case"), name.body());
        ApiResponse longValue = set(id, "{\"note\":\"" + "x".repeat(1001) + "\"}");
        assertEquals(400, longValue.status());
        assertTrue(longValue.json().get("detail").getAsString().contains("at most 1000"), longValue.body());
        assertEquals(400, set(id, "{}").status());
        assertEquals(new JsonObject(), attributes(id), "nothing of a refused change is stored");
    }

    @Test
    void anUnknownContactIsNotFoundAndSigningInIsRequired() {
        assertEquals(404, desk.get("/api/v1/contacts/999999/attributes").status());
        assertEquals(404, set(999999, "{\"vip\":\"true\"}").status());
        assertEquals(401, desk.send("GET", "/api/v1/contacts/1/attributes", null, null).status());
    }

    @Test
    void mergingCarriesTheOtherContactsAttributesAndKeepsTheTargetsOwnOnAClash() {
        long kept = contactOf("Mia Kept", "first");
        long merged = contactOf("Mia Merged", "second");
        set(kept, "{\"tier\":\"gold\"}");
        set(merged, "{\"tier\":\"bronze\",\"vip\":\"true\"}");

        ApiResponse merge = desk.post("/api/v1/contacts/" + kept + "/merge", Map.of("contactId", merged));
        assertEquals(200, merge.status(), merge.body());

        assertEquals(JsonParser.parseString("{\"tier\":\"gold\",\"vip\":\"true\"}"), attributes(kept));
        assertEquals(0L, (long) desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM"
                + " contact_attributes WHERE contact_id = :id").bind("id", merged).mapTo(Long.class).one()));
    }

    private static long contactOf(String name, String text) {
        WebChatVisitor visitor = WebChatVisitor.arrive(desk, "webchat", Map.of("name", name));
        visitor.say(text);
        return desk.desk().jdbi().withHandle(h -> h.createQuery("SELECT contact_id FROM contact_identities"
                + " WHERE kind = 'webchat' AND address = :a").bind("a", visitor.visitorId()).mapTo(Long.class).one());
    }
}
