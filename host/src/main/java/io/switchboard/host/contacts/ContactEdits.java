package io.switchboard.host.contacts;

import io.switchboard.api.channel.Address;
import io.switchboard.host.problem.Problem;
import io.switchboard.host.store.Transactions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * An agent's edits to a contact: the name, and an email address or phone number added as a new
 * identity. An identity belongs to exactly one contact, so adding one that another contact owns
 * is refused with 409 unless the agent asks to merge that contact into this one.
 */
public final class ContactEdits {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_EMAIL = 254;
    private static final int MAX_NAME = 200;

    private final Jdbi jdbi;
    private final ContactStore contacts;

    public ContactEdits(Jdbi jdbi, ContactStore contacts) {
        this.jdbi = jdbi;
        this.contacts = contacts;
    }

    /** The requested edits, already validated; null members stay unchanged. */
    public record Edit(String name, Address email, Address phone, boolean mergeOnConflict) {
    }

    /** Validates the raw request: a name of at most 200 characters, an email, an E.164 phone number. */
    public static Edit parse(String name, String email, String phone, Boolean merge) {
        String newName = name == null ? null : name.strip();
        if (newName != null && (newName.isEmpty() || newName.length() > MAX_NAME)) {
            throw Problem.badRequest("name must be 1 to " + MAX_NAME + " characters");
        }
        Address newEmail = null;
        if (email != null && !email.isBlank()) {
            String value = email.strip();
            if (value.length() > MAX_EMAIL || !EMAIL.matcher(value).matches()) {
                throw Problem.badRequest("email '" + value + "' is not an email address such as jane@example.com");
            }
            newEmail = Address.email(value);
        }
        Address newPhone = null;
        if (phone != null && !phone.isBlank()) {
            try {
                newPhone = Address.phone(phone.strip());
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("phone '" + phone.strip() + "' is not in E.164 form: a + and the country code,"
                        + " then the number without its leading zero, such as +15551234567 or +442071838750");
            }
        }
        return new Edit(newName, newEmail, newPhone, Boolean.TRUE.equals(merge));
    }

    /** Applies the edit in one transaction: all of it or nothing. */
    public void apply(long contactId, Edit edit) {
        Transactions.inTransactionWithRetry(jdbi, h -> {
            Transactions.lockRow(h, "contacts", contactId);
            if (edit.name() != null) {
                contacts.rename(h, contactId, edit.name());
            }
            for (Address address : new Address[] {edit.email(), edit.phone()}) {
                if (address != null) {
                    addIdentity(h, contactId, address, edit.mergeOnConflict());
                }
            }
            return null;
        });
    }

    private void addIdentity(Handle h, long contactId, Address address, boolean merge) {
        Optional<Long> owner = contacts.owner(h, address);
        if (owner.isPresent() && owner.get() != contactId && !merge) {
            throw conflict(h, address, owner.get());
        }
        contacts.link(h, contactId, address, null);
    }

    private static Problem conflict(Handle h, Address address, long ownerId) {
        String ownerName = h.createQuery("SELECT name FROM contacts WHERE id = :id").bind("id", ownerId)
                .mapTo(String.class).findOne().orElse(null);
        String who = "contact " + ownerId + (ownerName == null ? "" : " (" + ownerName + ")");
        Map<String, Object> conflict = new LinkedHashMap<>();
        conflict.put("kind", address.kind().id());
        conflict.put("address", address.value());
        conflict.put("contactId", ownerId);
        conflict.put("contactName", ownerName);
        return new Problem(409, "Identity belongs to another contact", "the " + address.kind().id() + " "
                + address.value() + " already belongs to " + who + ", and an address can belong to one contact only."
                + " If both are the same person, send the edit again with \"merge\": true: " + who + " is then"
                + " merged into this contact, with all its addresses and conversations.",
                Map.of("conflict", conflict));
    }
}
