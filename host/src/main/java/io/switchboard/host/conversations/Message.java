package io.switchboard.host.conversations;

import io.switchboard.api.channel.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A message of a conversation as the agent API shows it. {@code status} and
 * {@code statusReason} concern outbound messages only; {@code template} is set on a reply sent
 * as a provider-approved template.
 */
public record Message(long id, long conversationId, Direction direction, String kind, Long authorId,
                      String authorName, String senderName, String subject, String text, String html, int quotedFrom,
                      boolean automated, Map<String, String> properties, String externalId, DeliveryStatus status,
                      String statusReason, Instant createdAt, Instant statusAt, List<AttachmentInfo> attachments,
                      ReplyTemplate template) {

    public Message {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        attachments = List.copyOf(attachments);
    }

    public Message withAttachments(List<AttachmentInfo> list) {
        return new Message(id, conversationId, direction, kind, authorId, authorName, senderName, subject, text, html,
                quotedFrom, automated, properties, externalId, status, statusReason, createdAt, statusAt, list, template);
    }

    /**
     * Attachment metadata; the bytes are downloaded from {@code url}. {@code contentId} is the
     * MIME Content-ID of an inline part (what a {@code cid:} URL in the HTML names), or null.
     */
    public record AttachmentInfo(long id, String filename, String contentType, long size, boolean inline,
                                 String contentId, String url) {

        static String url(long attachmentId) {
            return "/api/v1/attachments/" + attachmentId;
        }
    }
}
