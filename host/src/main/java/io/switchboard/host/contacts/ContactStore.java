package io.switchboard.host.contacts;

import io.switchboard.api.channel.Address;
import io.switchboard.host.store.Rows;
import io.switchboard.host.store.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Contacts and their identities. One identity (kind + address) belongs to exactly one
 * contact, which is what makes the same phone number on SMS, WhatsApp and voice one person.
 */
public final class ContactStore {

    private final Jdbi jdbi;
    private final Clock clock;

    public ContactStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The contact owning an address, created with that identity when unknown. */
    public long resolve(Handle h, Address address, String displayName) {
        Optional<Long> existing = owner(h, address);
        if (existing.isPresent()) {
            if (displayName != null && !displayName.isBlank()) {
                h.createUpdate("UPDATE contacts SET name = :name WHERE id = :id AND name IS NULL")
                        .bind("name", displayName).bind("id", existing.get()).execute();
            }
            return existing.get();
        }
        long contactId = h.createUpdate("INSERT INTO contacts (name, created_at, updated_at) VALUES (:name, :now, :now)")
                .bind("name", displayName).bind("now", clock.instant())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertIdentity(h, contactId, address, displayName);
        return contactId;
    }

    /**
     * Adds an address to a contact. When another contact already owns it, that contact is
     * merged into this one: the customer proved both are them.
     */
    public void link(Handle h, long contactId, Address address, String displayName) {
        Optional<Long> owner = owner(h, address);
        if (owner.isEmpty()) {
            insertIdentity(h, contactId, address, displayName);
        } else if (owner.get() != contactId) {
            merge(h, contactId, owner.get());
        }
    }

    public Optional<Long> owner(Handle h, Address address) {
        return h.createQuery("SELECT contact_id FROM contact_identities WHERE kind = :kind AND address = :address")
                .bind("kind", address.kind().id()).bind("address", address.value()).mapTo(Long.class).findOne();
    }

    public void rename(Handle h, long contactId, String name) {
        h.createUpdate("UPDATE contacts SET name = :name, updated_at = :now WHERE id = :id")
                .bind("name", name).bind("now", clock.instant()).bind("id", contactId).execute();
    }

    /** Moves every identity, conversation and attribute of {@code sourceId} to {@code targetId}. */
    public void merge(Handle h, long targetId, long sourceId) {
        if (targetId == sourceId) {
            throw new IllegalArgumentException("a contact cannot be merged into itself");
        }
        Transactions.lockRow(h, "contacts", Math.min(targetId, sourceId));
        Transactions.lockRow(h, "contacts", Math.max(targetId, sourceId));
        h.createUpdate("UPDATE contact_identities SET contact_id = :target WHERE contact_id = :source")
                .bind("target", targetId).bind("source", sourceId).execute();
        h.createUpdate("UPDATE conversations SET contact_id = :target WHERE contact_id = :source")
                .bind("target", targetId).bind("source", sourceId).execute();
        ContactAttributes.carry(h, targetId, sourceId);
        h.createUpdate("UPDATE contacts SET name = COALESCE(name, (SELECT name FROM contacts WHERE id = :source)),"
                        + " updated_at = :now WHERE id = :target")
                .bind("target", targetId).bind("source", sourceId).bind("now", clock.instant()).execute();
        h.createUpdate("UPDATE contacts SET merged_into = :target, updated_at = :now WHERE id = :source")
                .bind("target", targetId).bind("source", sourceId).bind("now", clock.instant()).execute();
    }

    public void merge(long targetId, long sourceId) {
        Transactions.inTransactionWithRetry(jdbi, h -> {
            merge(h, targetId, sourceId);
            return null;
        });
    }

    /** A contact that has not been merged away. */
    public Optional<Contact> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, created_at FROM contacts"
                        + " WHERE id = :id AND merged_into IS NULL")
                .bind("id", id)
                .map((rs, ctx) -> new Contact(rs.getLong("id"), rs.getString("name"), identities(h, id),
                        Rows.instant(rs, "created_at")))
                .findOne());
    }

    /** Where a merged contact went, so old links still resolve. */
    public Optional<Long> mergedInto(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT merged_into FROM contacts WHERE id = :id")
                .bind("id", id).mapTo(Long.class).findOne());
    }

    private List<Contact.Identity> identities(Handle h, long contactId) {
        return h.createQuery("SELECT kind, address, display_name FROM contact_identities WHERE contact_id = :id"
                        + " ORDER BY kind, address")
                .bind("id", contactId)
                .map((rs, ctx) -> new Contact.Identity(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private void insertIdentity(Handle h, long contactId, Address address, String displayName) {
        h.createUpdate("INSERT INTO contact_identities (contact_id, kind, address, display_name, created_at)"
                        + " VALUES (:contact, :kind, :address, :name, :now)")
                .bind("contact", contactId).bind("kind", address.kind().id()).bind("address", address.value())
                .bind("name", displayName).bind("now", clock.instant()).execute();
    }
}
