package io.switchboard.host.canned;

import io.switchboard.host.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholder syntax of canned replies: {@code {{contact.name}}}, {@code {{contact.first_name}}},
 * {@code {{agent.name}}}, {@code {{agent.first_name}}}, {@code {{conversation.id}}} and
 * {@code {{custom.NAME}}} for a contact attribute. A token that has no value stays in the text
 * as written, so the agent sees what is missing, and a reply that still holds one is refused.
 */
public final class Placeholders {

    /** Lower-case dotted names only, so ordinary braces in a reply ({{ like this }}) are not mistaken. */
    static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([a-z]+\\.[a-z0-9_]{1,64})\\s*}}");

    private Placeholders() {
    }

    /** A text with every placeholder that had a value replaced, and those that had none. */
    public record Rendered(String text, List<String> unresolved) {
        public Rendered {
            unresolved = List.copyOf(unresolved);
        }
    }

    /** Replaces each placeholder that {@code values} holds a non-blank value for. */
    public static Rendered render(String template, Map<String, String> values) {
        Matcher matcher = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        Set<String> unresolved = new LinkedHashSet<>();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                unresolved.add(name);
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
            } else {
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
        }
        matcher.appendTail(out);
        return new Rendered(out.toString(), new ArrayList<>(unresolved));
    }

    /** The placeholder names still in a text, in order of first appearance. */
    public static List<String> unresolvedIn(String text) {
        Matcher matcher = TOKEN.matcher(text);
        Set<String> names = new LinkedHashSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return new ArrayList<>(names);
    }

    /** Refuses a reply that would send a placeholder to the customer as raw text. */
    public static void refuseUnresolved(String text) {
        if (text == null) {
            return;
        }
        List<String> names = unresolvedIn(text);
        if (!names.isEmpty()) {
            throw Problem.unprocessable("Unresolved placeholder", "the reply still contains "
                    + String.join(", ", names.stream().map(n -> "{{" + n + "}}").toList())
                    + "; fill in or remove every placeholder before sending", Map.of("placeholders", names));
        }
    }
}
