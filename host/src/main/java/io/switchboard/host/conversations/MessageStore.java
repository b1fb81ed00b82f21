package io.switchboard.host.conversations;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import io.switchboard.api.channel.Attachment;
import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.event.InboundMessage;
import io.switchboard.host.store.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for messages and their attachments. Every method runs on the caller's handle. */
public final class MessageStore {

    private static final Gson GSON = new Gson();
    private static final java.lang.reflect.Type PROPERTIES = new TypeToken<Map<String, String>>() { }.getType();
    private static final String SELECT = "SELECT m.*, u.name AS author_name FROM messages m"
            + " LEFT JOIN users u ON u.id = m.author_id ";

    private static final RowMapper<Message> MAPPER = (rs, ctx) -> new Message(rs.getLong("id"),
            rs.getLong("conversation_id"), Direction.of(rs.getString("direction")), rs.getString("kind"),
            Rows.nullableLong(rs, "author_id"), rs.getString("author_name"), rs.getString("sender_name"),
            rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), rs.getInt("quoted_from"),
            rs.getBoolean("automated"), properties(rs.getString("properties_json")), rs.getString("external_id"),
            status(rs.getString("status")), rs.getString("status_reason"), Rows.instant(rs, "created_at"),
            Rows.instant(rs, "status_at"), List.of(), template(rs.getString("template_json")));

    public boolean exists(Handle h, long instanceId, String externalId) {
        return h.createQuery("SELECT COUNT(*) FROM messages WHERE channel_instance_id = :instance"
                        + " AND external_id = :external")
                .bind("instance", instanceId).bind("external", externalId).mapTo(Long.class).one() > 0;
    }

    public long insertInbound(Handle h, long conversationId, long instanceId, InboundMessage in, Instant at) {
        long id = h.createUpdate("INSERT INTO messages (conversation_id, channel_instance_id, direction, kind,"
                        + " sender_name, subject, body_text, body_html, quoted_from, automated, properties_json,"
                        + " external_id, created_at) VALUES (:conversation, :instance, 'inbound', :kind, :sender,"
                        + " :subject, :text, :html, :quoted, :automated, :properties, :external, :at)")
                .bind("conversation", conversationId).bind("instance", instanceId)
                .bind("kind", in.kind().name().toLowerCase(java.util.Locale.ROOT)).bind("sender", in.senderName())
                .bind("subject", in.subject()).bind("text", in.text()).bind("html", in.html())
                .bind("quoted", in.quotedFrom()).bind("automated", in.automated())
                .bind("properties", in.properties().isEmpty() ? null : GSON.toJson(in.properties()))
                .bind("external", in.externalId()).bind("at", at)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (Attachment attachment : in.attachments()) {
            insertAttachment(h, id, attachment);
        }
        return id;
    }

    /** An agent's reply (QUEUED) or private note (no status). */
    public long insertAgentMessage(Handle h, long conversationId, long instanceId, Direction direction,
                                   long authorId, String text, String html, String clientId, Instant at) {
        return insertAgentMessage(h, conversationId, instanceId, direction, authorId, text, html, null, clientId, at);
    }

    /** An agent's reply, sent as a template when {@code template} is not null. */
    public long insertAgentMessage(Handle h, long conversationId, long instanceId, Direction direction,
                                   long authorId, String text, String html, ReplyTemplate template, String clientId,
                                   Instant at) {
        return h.createUpdate("INSERT INTO messages (conversation_id, channel_instance_id, direction, kind,"
                        + " author_id, body_text, body_html, template_json, client_id, status, created_at, status_at)"
                        + " VALUES (:conversation, :instance, :direction, 'text', :author, :text, :html, :template,"
                        + " :client, :status, :at, :at)")
                .bind("conversation", conversationId).bind("instance", instanceId).bind("direction", direction.id())
                .bind("template", template == null ? null : GSON.toJson(template))
                .bind("author", authorId).bind("text", text).bind("html", html).bind("client", clientId)
                .bind("status", direction == Direction.OUTBOUND ? DeliveryStatus.QUEUED.name() : null)
                .bind("at", at).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public Optional<Message> find(Handle h, long id) {
        return h.createQuery(SELECT + "WHERE m.id = :id").bind("id", id).map(MAPPER).findOne()
                .map(m -> m.withAttachments(attachments(h, List.of(id)).getOrDefault(id, List.of())));
    }

    public Optional<Long> findByClientId(Handle h, long conversationId, String clientId) {
        return h.createQuery("SELECT id FROM messages WHERE conversation_id = :conversation AND client_id = :client")
                .bind("conversation", conversationId).bind("client", clientId).mapTo(Long.class).findOne();
    }

    public Optional<Message> findByExternalId(Handle h, long instanceId, String externalId) {
        return h.createQuery(SELECT + "WHERE m.channel_instance_id = :instance AND m.external_id = :external")
                .bind("instance", instanceId).bind("external", externalId).map(MAPPER).findOne();
    }

    public List<Message> list(Handle h, long conversationId) {
        List<Message> messages = h.createQuery(SELECT + "WHERE m.conversation_id = :conversation ORDER BY m.id")
                .bind("conversation", conversationId).map(MAPPER).list();
        var byMessage = attachments(h, messages.stream().map(Message::id).toList());
        return messages.stream().map(m -> m.withAttachments(byMessage.getOrDefault(m.id(), List.of()))).toList();
    }

    public void setStatus(Handle h, long id, DeliveryStatus status, String reason, String externalId, Instant at) {
        h.createUpdate("UPDATE messages SET status = :status, status_reason = :reason, status_at = :at,"
                        + " external_id = COALESCE(:external, external_id) WHERE id = :id")
                .bind("status", status.name()).bind("reason", reason).bind("at", at).bind("external", externalId)
                .bind("id", id).execute();
    }

    private void insertAttachment(Handle h, long messageId, Attachment a) {
        h.createUpdate("INSERT INTO attachments (message_id, filename, content_type, size_bytes, content,"
                        + " provider_ref, content_id, inline_part) VALUES (:message, :filename, :type, :size,"
                        + " :content, :ref, :cid, :inline)")
                .bind("message", messageId).bind("filename", a.filename()).bind("type", a.contentType())
                .bind("size", a.size()).bind("content", a.content()).bind("ref", a.providerRef())
                .bind("cid", a.contentId()).bind("inline", a.inline()).execute();
    }

    /** An attachment row with its bytes (or provider reference) and the instance it came through. */
    public record StoredAttachment(String filename, String contentType, byte[] content, String providerRef,
                                   long instanceId) {
    }

    /** An attachment with its bytes or provider reference. */
    public Optional<StoredAttachment> findAttachment(Handle h, long attachmentId) {
        return h.createQuery("SELECT a.filename, a.content_type, a.content, a.provider_ref, m.channel_instance_id"
                        + " FROM attachments a JOIN messages m ON m.id = a.message_id WHERE a.id = :attachment")
                .bind("attachment", attachmentId)
                .map((rs, ctx) -> new StoredAttachment(rs.getString("filename"), rs.getString("content_type"),
                        rs.getBytes("content"), rs.getString("provider_ref"), rs.getLong("channel_instance_id")))
                .findOne();
    }

    private Map<Long, List<Message.AttachmentInfo>> attachments(Handle h, List<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return h.createQuery("SELECT a.id, a.message_id, a.filename, a.content_type, a.size_bytes, a.inline_part,"
                        + " a.content_id FROM attachments a WHERE a.message_id IN (<ids>) ORDER BY a.id")
                .bindList("ids", messageIds)
                .reduceRows(new java.util.HashMap<Long, List<Message.AttachmentInfo>>(), (map, row) -> {
                    map.computeIfAbsent(row.getColumn("message_id", Long.class), k -> new java.util.ArrayList<>())
                            .add(new Message.AttachmentInfo(row.getColumn("id", Long.class),
                                    row.getColumn("filename", String.class),
                                    row.getColumn("content_type", String.class),
                                    row.getColumn("size_bytes", Long.class),
                                    row.getColumn("inline_part", Boolean.class),
                                    row.getColumn("content_id", String.class),
                                    Message.AttachmentInfo.url(row.getColumn("id", Long.class))));
                    return map;
                });
    }

    private static Map<String, String> properties(String json) {
        return json == null ? Map.of() : GSON.fromJson(json, PROPERTIES);
    }

    /** A stored template, or null. */
    public static ReplyTemplate template(String json) {
        return json == null ? null : GSON.fromJson(json, ReplyTemplate.class);
    }

    private static DeliveryStatus status(String value) {
        return value == null ? null : DeliveryStatus.valueOf(value);
    }
}
