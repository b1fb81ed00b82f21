package io.switchboard.host.search;

import java.time.Instant;
import java.util.List;

/** What {@code GET /api/v1/search} returns: matching messages (newest first) and contacts. */
public record SearchResults(String query, List<MessageHit> messages, List<ContactHit> contacts) {

    /** A message with its conversation and contact, and a snippet around the match. */
    public record MessageHit(long messageId, long conversationId, String direction, Instant createdAt,
                             String snippet, long contactId, String contactName, String subject, String status) {
    }

    /** A contact whose name or address matches, with its addresses. */
    public record ContactHit(long id, String name, List<String> addresses) {
    }
}
