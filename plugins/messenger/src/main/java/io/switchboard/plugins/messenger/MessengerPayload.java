package io.switchboard.plugins.messenger;

import com.google.gson.JsonObject;
import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.event.DeliveryUpdate;
import io.switchboard.api.channel.event.InboundEvent;
import io.switchboard.plugins.meta.MetaJson;
import io.switchboard.plugins.meta.MetaWebhook;
import io.switchboard.plugins.meta.UnixTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Page webhook: {@code entry[].messaging[]}, each event from {@code sender.id} (the
 * customer's PSID) carrying a {@code message}, {@code postback} or {@code reaction} from the
 * customer, or a {@code delivery} or {@code read} receipt of our messages. Echoes of the page's
 * own messages and entries for another page are skipped, and so is one event that cannot be
 * read (it is logged), so the rest of the batch is still stored.
 */
final class MessengerPayload implements MetaWebhook.PayloadReader {

    /** The {@code object} of Page webhooks. */
    static final String OBJECT = "page";

    private final String pageId;
    private final MessengerMessageReader messages;
    private final SentLog sent;
    private final Clock clock;
    private final System.Logger log;

    MessengerPayload(String pageId, MessengerProfiles profiles, SentLog sent, Clock clock, System.Logger log) {
        this.pageId = pageId;
        this.messages = new MessengerMessageReader(profiles);
        this.sent = sent;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public List<InboundEvent> read(JsonObject payload) {
        List<InboundEvent> events = new ArrayList<>();
        for (JsonObject entry : MetaJson.objects(payload, "entry")) {
            if (!MetaJson.string(entry, "id").map(pageId::equals).orElse(true)) {
                continue;
            }
            for (JsonObject event : MetaJson.objects(entry, "messaging")) {
                try {
                    events.addAll(readEvent(event));
                } catch (RuntimeException e) {
                    log.log(System.Logger.Level.WARNING, "skipped an unreadable Messenger event: " + e.getMessage());
                }
            }
        }
        return List.copyOf(events);
    }

    private List<InboundEvent> readEvent(JsonObject event) {
        Optional<String> psid = MetaJson.object(event, "sender").flatMap(s -> MetaJson.string(s, "id"));
        if (psid.isEmpty() || psid.get().equals(pageId)) {
            return List.of();
        }
        Instant at = UnixTime.millis(MetaJson.stringOrNull(event, "timestamp")).orElseGet(clock::instant);
        if (event.has("delivery")) {
            return receipts(psid.get(), MetaJson.object(event, "delivery").orElseThrow(), DeliveryStatus.DELIVERED, at);
        }
        if (event.has("read")) {
            return receipts(psid.get(), MetaJson.object(event, "read").orElseThrow(), DeliveryStatus.READ, at);
        }
        return messages.read(event, psid.get(), at).<List<InboundEvent>>map(List::of).orElse(List.of());
    }

    /**
     * A delivery receipt lists the delivered {@code mids} (newer clients); a read receipt, and a
     * delivery receipt of an older client, only a watermark.
     */
    private List<InboundEvent> receipts(String psid, JsonObject receipt, DeliveryStatus status, Instant at) {
        List<String> mids = MetaJson.strings(receipt, "mids");
        if (mids.isEmpty()) {
            mids = UnixTime.millis(MetaJson.stringOrNull(receipt, "watermark"))
                    .map(watermark -> sent.sentUpTo(psid, watermark)).orElse(List.of());
        }
        return mids.stream().<InboundEvent>map(mid -> new DeliveryUpdate(mid, status, at, null, null)).toList();
    }
}
