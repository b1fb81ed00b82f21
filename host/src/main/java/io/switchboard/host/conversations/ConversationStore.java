package io.switchboard.host.conversations;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AddressKind;
import io.switchboard.host.store.Rows;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** SQL for conversation rows. Every method runs on the caller's handle (transaction). */
public final class ConversationStore {

    static final RowMapper<Conversation> MAPPER = (rs, ctx) -> new Conversation(rs.getLong("id"),
            rs.getLong("contact_id"), rs.getLong("channel_instance_id"),
            new Address(new AddressKind(rs.getString("customer_kind")), rs.getString("customer_address")),
            ConversationStatus.of(rs.getString("status")), rs.getString("priority"),
            Rows.nullableLong(rs, "assignee_id"), Rows.nullableLong(rs, "team_id"), rs.getString("subject"),
            rs.getString("thread_token"), rs.getString("preview"), Rows.instant(rs, "created_at"),
            Rows.instant(rs, "updated_at"), Rows.instant(rs, "last_customer_message_at"),
            Rows.instant(rs, "resolved_at"));

    private static final String TOKEN_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    public ConversationStore(Clock clock) {
        this.clock = clock;
    }

    public Optional<Conversation> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM conversations WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }

    /** The newest conversation with an address on a channel instance, any status. */
    public Optional<Conversation> latestWith(Handle h, long instanceId, Address address) {
        return h.createQuery("SELECT * FROM conversations WHERE channel_instance_id = :instance"
                        + " AND customer_kind = :kind AND customer_address = :address ORDER BY id DESC LIMIT 1")
                .bind("instance", instanceId).bind("kind", address.kind().id()).bind("address", address.value())
                .map(MAPPER).findOne();
    }

    /** The conversation holding any of these provider message ids on the instance. */
    public Optional<Conversation> holdingMessage(Handle h, long instanceId, List<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Optional.empty();
        }
        return h.createQuery("SELECT c.* FROM conversations c JOIN messages m ON m.conversation_id = c.id"
                        + " WHERE m.channel_instance_id = :instance AND m.external_id IN (<ids>)"
                        + " ORDER BY m.id DESC LIMIT 1")
                .bind("instance", instanceId).bindList("ids", externalIds).map(MAPPER).findOne();
    }

    public Optional<Conversation> byThreadToken(Handle h, long instanceId, String token) {
        return h.createQuery("SELECT * FROM conversations WHERE channel_instance_id = :instance"
                        + " AND thread_token = :token")
                .bind("instance", instanceId).bind("token", token).map(MAPPER).findOne();
    }

    public Conversation create(Handle h, long contactId, long instanceId, Address customer, String subject,
                               Instant at) {
        long id = h.createUpdate("INSERT INTO conversations (contact_id, channel_instance_id, customer_kind,"
                        + " customer_address, status, subject, thread_token, created_at, updated_at)"
                        + " VALUES (:contact, :instance, :kind, :address, 'open', :subject, :token, :at, :at)")
                .bind("contact", contactId).bind("instance", instanceId).bind("kind", customer.kind().id())
                .bind("address", customer.value()).bind("subject", subject).bind("token", newThreadToken())
                .bind("at", at).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return find(h, id).orElseThrow();
    }

    /** Records new activity: preview text and, for real customer messages, the reply-window clock. */
    public void touch(Handle h, long id, String preview, Instant at, boolean fromCustomer) {
        h.createUpdate("UPDATE conversations SET preview = :preview, updated_at = :now"
                        + (fromCustomer ? ", last_customer_message_at = :at" : "") + " WHERE id = :id")
                .bind("preview", abbreviate(preview)).bind("now", clock.instant()).bind("at", at).bind("id", id)
                .execute();
    }

    public void setStatus(Handle h, long id, ConversationStatus status) {
        h.createUpdate("UPDATE conversations SET status = :status, updated_at = :now,"
                        + " resolved_at = CASE WHEN :status = 'resolved' THEN :now ELSE resolved_at END"
                        + " WHERE id = :id")
                .bind("status", status.id()).bind("now", clock.instant()).bind("id", id).execute();
    }

    public void assign(Handle h, long id, Long assigneeId) {
        h.createUpdate("UPDATE conversations SET assignee_id = :assignee, updated_at = :now WHERE id = :id")
                .bind("assignee", assigneeId).bind("now", clock.instant()).bind("id", id).execute();
    }

    static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 280 ? oneLine : oneLine.substring(0, 279) + "…";
    }

    private static String newThreadToken() {
        StringBuilder token = new StringBuilder("SB-");
        for (int i = 0; i < 10; i++) {
            token.append(TOKEN_ALPHABET.charAt(RANDOM.nextInt(TOKEN_ALPHABET.length())));
        }
        return token.toString();
    }
}
