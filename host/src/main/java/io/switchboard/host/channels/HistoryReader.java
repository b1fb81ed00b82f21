package io.switchboard.host.channels;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.ChannelHistory;
import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.HistoryEntry;
import io.switchboard.host.store.Rows;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** {@link ChannelHistory} of one instance: public messages only, never private notes. */
final class HistoryReader implements ChannelHistory {

    private final Jdbi jdbi;
    private final long instanceId;

    HistoryReader(Jdbi jdbi, long instanceId) {
        this.jdbi = jdbi;
        this.instanceId = instanceId;
    }

    @Override
    public List<HistoryEntry> recent(Address address, int limit) {
        List<HistoryEntry> newestFirst = jdbi.withHandle(h -> h.createQuery("SELECT m.id, m.direction, m.body_text,"
                        + " u.name AS author, m.created_at, m.status,"
                        + " m.properties_json FROM messages m"
                        + " JOIN conversations c ON c.id = m.conversation_id LEFT JOIN users u ON u.id = m.author_id"
                        + " WHERE m.channel_instance_id = :instance AND c.customer_kind = :kind"
                        + " AND c.customer_address = :address AND m.direction IN ('inbound', 'outbound')"
                        + " ORDER BY m.id DESC LIMIT :limit")
                .bind("instance", instanceId).bind("kind", address.kind().id()).bind("address", address.value())
                .bind("limit", Math.max(1, Math.min(limit, 500)))
                .map((rs, ctx) -> new HistoryEntry(String.valueOf(rs.getLong("id")),
                        "inbound".equals(rs.getString("direction")), rs.getString("body_text"),
                        rs.getString("author"), Rows.instant(rs, "created_at"),
                        rs.getString("status") == null ? null : DeliveryStatus.valueOf(rs.getString("status")),
                        "outbound".equals(rs.getString("direction"))
                                ? MessageOptions.of(rs.getString("properties_json")) : Map.of()))
                .list());
        List<HistoryEntry> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
