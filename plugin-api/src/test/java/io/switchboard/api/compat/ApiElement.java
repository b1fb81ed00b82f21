package io.switchboard.api.compat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One public or protected element of an API, as one line of the dump: {@code key} identifies the element
 * (kind, owner and name, with parameter types for methods and constructors) and {@code description} says
 * what it looks like (modifiers, generic types, supertypes).
 *
 * <p>{@code requiresImplementation} is true for an abstract method that code outside the API must
 * implement once it is added to an existing type: an abstract method of an interface that is not sealed
 * (plugins implement interfaces), of an extensible abstract class, or an annotation element without a
 * default value. Whether such an addition actually breaks anything also depends on what the recorded
 * API said about the type ({@code @HostProvided}, {@code @Beta}); {@link ApiDiff} decides that.
 *
 * <p>A description starts with the element's marker annotations, if any: {@link #BETA} and
 * {@link #HOST_PROVIDED} ({@code method fixture.Greeter#wave(): @Beta public abstract void}).
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

    /** The marker of an element annotated {@link io.switchboard.api.Beta}. */
    static final String BETA = "@Beta";

    /** The marker of a type annotated {@link io.switchboard.api.HostProvided}. */
    static final String HOST_PROVIDED = "@HostProvided";

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

    /**
     * The marker annotations a dump line records: the words at the start of its description that
     * begin with {@code @} (other than the keyword {@code @interface}).
     */
    static List<String> markersOf(String line) {
        List<String> markers = new ArrayList<>();
        for (String word : descriptionWords(line)) {
            if (!word.startsWith("@") || word.equals("@interface")) {
                break;
            }
            markers.add(word);
        }
        return markers;
    }

    /** Whether a dump line records a marker annotation, such as {@link #BETA}. */
    static boolean hasMarker(String line, String marker) {
        return markersOf(line).contains(marker);
    }

    /** A dump line without one of its markers; the line itself when it has no such marker. */
    static String withoutMarker(String line, String marker) {
        int markers = markersOf(line).size();
        List<String> words = new ArrayList<>(descriptionWords(line));
        int index = words.indexOf(marker);
        if (index < 0 || index >= markers) {
            return line;
        }
        words.remove(index);
        return new ApiElement(keyOf(line), String.join(" ", words), false).line();
    }

    private static List<String> descriptionWords(String line) {
        int separator = line.indexOf(SEPARATOR);
        if (separator < 0) {
            return List.of();
        }
        return Arrays.asList(line.substring(separator + SEPARATOR.length()).split(" ", -1));
    }

    /** The kind of element a key names: {@code type}, {@code method}, {@code constructor}, ... */
    static String kindOf(String key) {
        return key.substring(0, key.indexOf(' '));
    }
}
