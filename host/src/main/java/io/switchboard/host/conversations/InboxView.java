package io.switchboard.host.conversations;

import io.switchboard.host.problem.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The workflow side of an inbox filter: a tag, priorities, severities, whether snoozed
 * conversations show ({@code exclude} by default, {@code only} for the snoozed list, or
 * {@code include}), and the sort order.
 */
public record InboxView(String tag, List<String> priorities, List<Integer> severities, String snoozed,
                        InboxSort sort) {

    public InboxView {
        priorities = List.copyOf(priorities);
        severities = List.copyOf(severities);
        if (!List.of("exclude", "only", "include").contains(snoozed)) {
            throw Problem.badRequest("snoozed must be exclude, only or include, was '" + snoozed + "'");
        }
    }

    /** The default inbox: every conversation except the snoozed ones, newest activity first. */
    public static InboxView defaults() {
        return new InboxView(null, List.of(), List.of(), "exclude", InboxSort.UPDATED);
    }

    /** Everything, snoozed or not (a contact's conversation list). */
    public static InboxView everything() {
        return new InboxView(null, List.of(), List.of(), "include", InboxSort.UPDATED);
    }

    /** From query parameters; each may be null or blank. */
    public static InboxView parse(String tag, String priority, String severity, String snoozed, String sort) {
        String normalTag = blank(tag) ? null : tag.strip().toLowerCase(Locale.ROOT);
        List<String> priorities = blank(priority) ? List.of()
                : Arrays.stream(priority.split(",")).map(p -> Priority.of(p).id()).toList();
        List<Integer> severities = blank(severity) ? List.of()
                : Arrays.stream(severity.split(",")).map(InboxView::severity).toList();
        return new InboxView(normalTag, priorities, severities,
                blank(snoozed) ? "exclude" : snoozed.strip().toLowerCase(Locale.ROOT), InboxSort.of(sort));
    }

    private static Integer severity(String value) {
        try {
            int s = Integer.parseInt(value.strip());
            if (s >= 1 && s <= 4) {
                return s;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Problem.badRequest("severity must be a comma-separated list of 1 to 4, was '" + value + "'");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
