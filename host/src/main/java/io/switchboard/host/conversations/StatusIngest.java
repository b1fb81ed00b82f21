package io.switchboard.host.conversations;

import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.event.DeliveryUpdate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Applies provider status callbacks to outbound messages. A callback for a provider id we
 * have not recorded yet (the provider answered faster than our commit) is parked and applied
 * when the delivery records that id.
 */
final class StatusIngest {

    private final MessageStore messages;

    StatusIngest(MessageStore messages) {
        this.messages = messages;
    }

    List<LiveNotice> ingest(Handle h, InboundChannel channel, DeliveryUpdate update) {
        Optional<Message> message = messages.findByExternalId(h, channel.instanceId(), update.externalId());
        if (message.isEmpty()) {
            h.createUpdate("INSERT INTO early_status_updates (channel_instance_id, external_id, status, reason, at)"
                            + " VALUES (:instance, :external, :status, :reason, :at)")
                    .bind("instance", channel.instanceId()).bind("external", update.externalId())
                    .bind("status", update.status().name()).bind("reason", reason(update)).bind("at", update.at())
                    .execute();
            return List.of();
        }
        return apply(h, message.get(), update.status(), reason(update), update.at());
    }

    /** Applies callbacks that were parked for this provider id, oldest first. */
    List<LiveNotice> applyParked(Handle h, long instanceId, Message message) {
        var parked = h.createQuery("SELECT status, reason, at FROM early_status_updates"
                        + " WHERE channel_instance_id = :instance AND external_id = :external ORDER BY id")
                .bind("instance", instanceId).bind("external", message.externalId())
                .map((rs, ctx) -> new DeliveryUpdate(message.externalId(), DeliveryStatus.valueOf(rs.getString(1)),
                        io.switchboard.host.store.Rows.instant(rs, "at"), null, rs.getString(2)))
                .list();
        if (parked.isEmpty()) {
            return List.of();
        }
        h.createUpdate("DELETE FROM early_status_updates WHERE channel_instance_id = :instance"
                        + " AND external_id = :external")
                .bind("instance", instanceId).bind("external", message.externalId()).execute();
        List<LiveNotice> notices = new java.util.ArrayList<>();
        DeliveryStatus current = message.status();
        for (DeliveryUpdate update : parked) {
            if (DeliveryStatusRules.canMove(current, update.status())) {
                messages.setStatus(h, message.id(), update.status(), update.errorMessage(), null, update.at());
                current = update.status();
                notices.add(LiveNotice.messageStatus(message.conversationId(), message.id(), current));
            }
        }
        return notices;
    }

    private List<LiveNotice> apply(Handle h, Message message, DeliveryStatus status, String reason,
                                   java.time.Instant at) {
        if (!DeliveryStatusRules.canMove(message.status(), status)) {
            return List.of();
        }
        messages.setStatus(h, message.id(), status, reason, null, at);
        return List.of(LiveNotice.messageStatus(message.conversationId(), message.id(), status));
    }

    private static String reason(DeliveryUpdate update) {
        if (update.status() != DeliveryStatus.FAILED) {
            return null;
        }
        String code = update.errorCode() == null ? "" : update.errorCode() + ": ";
        return code + (update.errorMessage() == null ? "the provider reported a failure" : update.errorMessage());
    }
}
