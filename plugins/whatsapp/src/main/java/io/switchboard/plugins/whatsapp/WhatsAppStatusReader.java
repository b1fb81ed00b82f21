package io.switchboard.plugins.whatsapp;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.event.DeliveryUpdate;
import io.switchboard.plugins.meta.GraphError;
import io.switchboard.plugins.meta.MetaJson;
import io.switchboard.plugins.meta.UnixTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads one {@code statuses[]} entry: {@code id} (the wamid our send returned), {@code status}
 * and {@code timestamp}, and for {@code failed} the {@code errors[]} with code and title.
 */
final class WhatsAppStatusReader {

    private WhatsAppStatusReader() {
    }

    /**
     * The update, or empty for statuses that change nothing of ours (such as {@code deleted}).
     *
     * @param status the status object
     * @param now when the webhook arrived, for a status without a timestamp
     * @return the update
     */
    static Optional<DeliveryUpdate> read(JsonObject status, Instant now) {
        Optional<String> id = MetaJson.string(status, "id");
        Optional<DeliveryStatus> mapped = MetaJson.string(status, "status").flatMap(WhatsAppStatusReader::map);
        if (id.isEmpty() || mapped.isEmpty()) {
            return Optional.empty();
        }
        Instant at = UnixTime.seconds(MetaJson.stringOrNull(status, "timestamp")).orElse(now);
        if (mapped.get() != DeliveryStatus.FAILED) {
            return Optional.of(new DeliveryUpdate(id.get(), mapped.get(), at, null, null));
        }
        List<JsonObject> errors = MetaJson.objects(status, "errors");
        GraphError error = errors.isEmpty() ? new GraphError(-1, -1, "WhatsApp could not deliver the message", null)
                : GraphError.of(errors.get(0));
        return Optional.of(new DeliveryUpdate(id.get(), DeliveryStatus.FAILED, at,
                error.codeText().isEmpty() ? null : error.codeText(), error.describe()));
    }

    private static Optional<DeliveryStatus> map(String status) {
        return switch (status) {
            case "sent" -> Optional.of(DeliveryStatus.SENT);
            case "delivered" -> Optional.of(DeliveryStatus.DELIVERED);
            // "played" is a voice message listened to: read, as far as the agent cares
            case "read", "played" -> Optional.of(DeliveryStatus.READ);
            case "failed" -> Optional.of(DeliveryStatus.FAILED);
            default -> Optional.empty();
        };
    }
}
