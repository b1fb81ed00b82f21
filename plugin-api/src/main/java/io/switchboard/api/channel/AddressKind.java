package io.switchboard.api.channel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The namespace of a contact address. Two channels with the same address kind share
 * contacts: SMS, WhatsApp and voice all use {@link #PHONE}, so one number is one contact.
 * Channel-private namespaces (a Messenger page-scoped id, a web chat visitor id) use their
 * own kind.
 *
 * @param id lower-case identifier, {@code [a-z][a-z0-9.-]*}
 * @since 1.0
 */
public record AddressKind(String id) {

    // Must precede the constants below: they are validated against it during class init.
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9.-]*");

    /** Phone numbers in E.164 form. @since 1.0 */
    public static final AddressKind PHONE = new AddressKind("phone");
    /** Email addresses, lower-cased. @since 1.0 */
    public static final AddressKind EMAIL = new AddressKind("email");

    /**
     * Validates the id.
     *
     * @since 1.0
     */
    public AddressKind {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid address kind: " + id);
        }
    }
}
