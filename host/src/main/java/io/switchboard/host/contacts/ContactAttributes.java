package io.switchboard.host.contacts;

import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A contact's custom fields (vip = true, order_number = 1234), read by routing conditions and
 * canned-reply placeholders. Names are lower-case slugs; values at most 1000 characters.
 */
public final class ContactAttributes {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final int MAX_VALUE = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ContactStore contacts;

    public ContactAttributes(Jdbi jdbi, Clock clock, ContactStore contacts) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.contacts = contacts;
    }

    public Map<String, String> of(long contactId) {
        requireContact(contactId);
        return jdbi.withHandle(h -> read(h, contactId));
    }

    /** Sets the given attributes; a null value removes one; others stay. */
    public Map<String, String> change(long contactId, Map<String, String> changes) {
        requireContact(contactId);
        if (changes == null || changes.isEmpty()) {
            throw Problem.badRequest("attributes must name at least one attribute, such as vip: true");
        }
        changes.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                throw Problem.badRequest("attribute name '" + name + "' must be lower-case letters, digits, - and _"
                        + " (at most 64)");
            }
            if (value != null && value.length() > MAX_VALUE) {
                throw Problem.badRequest("attribute " + name + " has " + value.length() + " characters; at most "
                        + MAX_VALUE);
            }
        });
        return Transactions.inTransactionWithRetry(jdbi, h -> {
            changes.forEach((name, value) -> {
                h.createUpdate("DELETE FROM contact_attributes WHERE contact_id = :id AND name = :name")
                        .bind("id", contactId).bind("name", name).execute();
                if (value != null) {
                    h.createUpdate("INSERT INTO contact_attributes (contact_id, name, value, updated_at)"
                                    + " VALUES (:id, :name, :value, :now)")
                            .bind("id", contactId).bind("name", name).bind("value", value.strip())
                            .bind("now", clock.instant()).execute();
                }
            });
            return read(h, contactId);
        });
    }

    /** On a merge: the source's attributes move to the target, which keeps its own where both have one. */
    static void carry(Handle h, long targetId, long sourceId) {
        h.createUpdate("INSERT INTO contact_attributes (contact_id, name, value, updated_at)"
                        + " SELECT :target, s.name, s.value, s.updated_at FROM contact_attributes s"
                        + " WHERE s.contact_id = :source AND NOT EXISTS (SELECT 1 FROM contact_attributes t"
                        + " WHERE t.contact_id = :target AND t.name = s.name)")
                .bind("target", targetId).bind("source", sourceId).execute();
        h.createUpdate("DELETE FROM contact_attributes WHERE contact_id = :source").bind("source", sourceId).execute();
    }

    private static Map<String, String> read(Handle h, long contactId) {
        Map<String, String> attributes = new TreeMap<>();
        h.createQuery("SELECT name, value FROM contact_attributes WHERE contact_id = :id").bind("id", contactId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> attributes.put(e.getKey(), e.getValue()));
        return attributes;
    }

    private void requireContact(long contactId) {
        contacts.find(contactId).orElseThrow(() -> Problem.notFound("no contact with id " + contactId));
    }
}
