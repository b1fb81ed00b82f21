package io.switchboard.api.channel;

import java.util.Locale;
import java.util.Objects;

/**
 * A contact's address in one namespace: the identity the host resolves to a contact.
 *
 * @param kind the namespace
 * @param value the address, normalised (emails lower-cased, phones in E.164)
 * @since 1.0
 */
public record Address(AddressKind kind, String value) {

    /**
     * Validates and normalises the components.
     *
     * @since 1.0
     */
    public Address {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty " + kind.id() + " address");
        }
        if (kind.equals(AddressKind.EMAIL)) {
            value = value.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A phone number, normalised to E.164 by dropping spaces, dashes, dots and parentheses.
     *
     * @param number a number with country code, such as {@code +1 (555) 123-4567}
     * @return the address
     * @since 1.0
     */
    public static Address phone(String number) {
        String digits = number.replaceAll("[\\s().-]", "");
        if (!digits.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("not an E.164 phone number: " + number);
        }
        return new Address(AddressKind.PHONE, digits);
    }

    /**
     * An email address.
     *
     * @param email the address
     * @return the address
     * @since 1.0
     */
    public static Address email(String email) {
        return new Address(AddressKind.EMAIL, email);
    }

    /**
     * An address in a channel-private namespace.
     *
     * @param kind the namespace id
     * @param value the address
     * @return the address
     * @since 1.0
     */
    public static Address of(String kind, String value) {
        return new Address(new AddressKind(kind), value);
    }
}
