package io.switchboard.api.compat;

import java.util.Objects;

/**
 * One public or protected element of an API, as one line of the dump: {@code key} identifies the element
 * (kind, owner and name, with parameter types for methods and constructors) and {@code description} says
 * what it looks like (modifiers, generic types, supertypes).
 *
 * <p>{@code requiresImplementation} is true for an abstract method that code outside the API must
 * implement once it is added to an existing type: an abstract method of an interface that is not sealed
 * (plugins implement interfaces), of an extensible abstract class, or an annotation element without a
 * default value.
 */
record ApiElement(String key, String description, boolean requiresImplementation) {

    ApiElement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        if (key.contains(SEPARATOR) || key.contains("\n") || description.contains("\n")) {
            throw new IllegalArgumentException("not a one-line element: " + key + SEPARATOR + description);
        }
    }

    /** Separates key and description in a dump line. */
    static final String SEPARATOR = ": ";

    static ApiElement of(String key, String description) {
        return new ApiElement(key, description, false);
    }

    /** The line of the dump: {@code key: description}, or the key alone when there is no description. */
    String line() {
        return description.isEmpty() ? key : key + SEPARATOR + description;
    }

    /** The key of a dump line: everything before the first {@code ": "}. */
    static String keyOf(String line) {
        int separator = line.indexOf(SEPARATOR);
        return separator < 0 ? line : line.substring(0, separator);
    }

    /**
     * The binary name of the type a key belongs to: the word after the kind, up to a {@code #} or
     * {@code (}, such as {@code io.switchboard.api.channel.Address} for
     * {@code method io.switchboard.api.channel.Address#email(java.lang.String)}.
     */
    static String ownerOf(String key) {
        int start = key.indexOf(' ') + 1;
        int end = start;
        while (end < key.length() && "#( ".indexOf(key.charAt(end)) < 0) {
            end++;
        }
        return key.substring(start, end);
    }

    /** The kind of element a key names: {@code type}, {@code method}, {@code constructor}, ... */
    static String kindOf(String key) {
        return key.substring(0, key.indexOf(' '));
    }
}
