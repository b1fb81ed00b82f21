package io.switchboard.host.conversations;

import io.switchboard.host.problem.Problem;
import java.util.List;

/**
 * Inbox filters. {@code assignee} is {@code me}, {@code unassigned}, a user id, or null for
 * everyone; {@code statuses} empty means every status; {@code query} (or null) searches the
 * contact's name and addresses, the subject and the text of every message; {@code view} holds
 * the tag, priority, severity, snooze and sort choices (null: the default inbox).
 */
public record ConversationFilter(List<ConversationStatus> statuses, String channelType, String assignee,
                                 Long contactId, String query, int limit, String cursor, InboxView view) {

    public static final int MAX_QUERY_LENGTH = 200;

    public ConversationFilter {
        statuses = List.copyOf(statuses);
        view = view == null ? InboxView.defaults() : view;
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            throw Problem.badRequest("q must be at most " + MAX_QUERY_LENGTH + " characters, was " + query.length());
        }
        if (limit < 1 || limit > 100) {
            throw Problem.badRequest("limit must be between 1 and 100, was " + limit);
        }
        if (assignee != null && !assignee.equals("me") && !assignee.equals("unassigned")
                && !assignee.matches("[0-9]{1,18}")) {
            throw Problem.badRequest("assignee must be 'me', 'unassigned' or a user id, was '" + assignee + "'");
        }
    }

    /** A filter for every conversation of one contact, newest first. */
    public static ConversationFilter ofContact(long contactId, int limit) {
        return new ConversationFilter(List.of(), null, null, contactId, null, limit, null, InboxView.everything());
    }

    /** Parses a comma-separated status list such as {@code open,pending}. */
    public static List<ConversationStatus> parseStatuses(String value) {
        if (value == null || value.isBlank() || value.equals("all")) {
            return List.of();
        }
        try {
            return java.util.Arrays.stream(value.split(",")).map(String::strip).map(ConversationStatus::of).toList();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("status must be a comma-separated list of open, pending, resolved; was '"
                    + value + "'");
        }
    }
}
