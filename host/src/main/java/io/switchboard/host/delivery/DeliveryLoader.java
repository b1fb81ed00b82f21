package io.switchboard.host.delivery;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.AddressKind;
import io.switchboard.api.channel.MessageTemplate;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.host.channels.MessageOptions;
import io.switchboard.host.conversations.MessageStore;
import io.switchboard.host.conversations.ReplyTemplate;
import io.switchboard.host.store.Rows;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Builds the {@link OutboundMessage} a plugin receives from the stored reply and its conversation. */
final class DeliveryLoader {

    private DeliveryLoader() {
    }

    static Optional<Delivery> load(Handle h, long messageId) {
        return h.createQuery("SELECT m.id, m.conversation_id, m.channel_instance_id, m.body_text, m.body_html,"
                        + " m.template_json, m.properties_json,"
                        + " o.attempts, c.customer_kind, c.customer_address, c.subject, c.thread_token,"
                        + " c.last_customer_message_at, ct.name AS contact_name, u.name AS author_name"
                        + " FROM outbox o JOIN messages m ON m.id = o.message_id"
                        + " JOIN conversations c ON c.id = m.conversation_id JOIN contacts ct ON ct.id = c.contact_id"
                        + " LEFT JOIN users u ON u.id = m.author_id WHERE o.message_id = :id")
                .bind("id", messageId)
                .map((rs, ctx) -> {
                    long conversationId = rs.getLong("conversation_id");
                    Address recipient = new Address(new AddressKind(rs.getString("customer_kind")),
                            rs.getString("customer_address"));
                    OutboundMessage message = new OutboundMessage(String.valueOf(messageId),
                            String.valueOf(conversationId), recipient, rs.getString("contact_name"),
                            rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), List.of(),
                            earlierProviderIds(h, conversationId, messageId), rs.getString("thread_token"), template(rs.getString("template_json")),
                            Rows.instant(rs, "last_customer_message_at"), rs.getString("author_name"), options(rs.getString("properties_json")));
                    return new Delivery(messageId, conversationId, rs.getLong("channel_instance_id"),
                            rs.getInt("attempts"), message);
                })
                .findOne();
    }

    /** Quick-reply choices an automated message (a survey) stored for its channel; nothing else is passed on. */
    private static Map<String, String> options(String propertiesJson) {
        return MessageOptions.of(propertiesJson);
    }

    private static MessageTemplate template(String json) {
        ReplyTemplate template = MessageStore.template(json);
        return template == null ? null : template.toApi();
    }

    private static List<String> earlierProviderIds(Handle h, long conversationId, long messageId) {
        return h.createQuery("SELECT external_id FROM messages WHERE conversation_id = :conversation AND id < :id"
                        + " AND external_id IS NOT NULL AND direction <> 'note' ORDER BY id")
                .bind("conversation", conversationId).bind("id", messageId).mapTo(String.class).list();
    }
}
