package io.switchboard.plugins.messenger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.OutboundMessage;
import io.switchboard.api.channel.event.DeliveryUpdate;
import io.switchboard.plugins.meta.LoopbackServer.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Delivery and read receipts update the replies they concern. */
class ReceiptsTest {

    private final MessengerTestbed bed = new MessengerTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aDeliveryReceiptMarksEachListedMessageDelivered() {
        List<DeliveryUpdate> updates = bed.updatesOf(receipts(Instant.EPOCH));
        assertEquals(List.of(
                new DeliveryUpdate("m_ourReply1", DeliveryStatus.DELIVERED, bed.context.clock().instant(), null, null),
                new DeliveryUpdate("m_ourReply2", DeliveryStatus.DELIVERED, bed.context.clock().instant(), null,
                        null)), updates);
    }

    @Test
    void aReadReceiptMarksEveryReplySentUpToItsWatermarkRead() throws Exception {
        send("m_early");
        Instant watermark = bed.context.clock().instant();
        bed.context.advance(Duration.ofMinutes(5));
        send("m_later");

        List<DeliveryUpdate> reads = bed.updatesOf(receipts(watermark)).stream()
                .filter(u -> u.status() == DeliveryStatus.READ).toList();

        assertEquals(List.of("m_early"), reads.stream().map(DeliveryUpdate::externalId).toList());
        assertEquals(Instant.ofEpochMilli(1749416500000L), reads.get(0).at());
    }

    @Test
    void aRepeatedReadReceiptFindsTheSameMessagesAgain() throws Exception {
        send("m_early");
        String receipt = receipts(bed.context.clock().instant());
        assertEquals(bed.updatesOf(receipt), bed.updatesOf(receipt));
    }

    private void send(String mid) throws Exception {
        bed.graph.reply("POST", "/v23.0/me/messages", Reply.json(200, "{\"recipient_id\":\""
                + MessengerTestbed.PSID + "\",\"message_id\":\"" + mid + "\"}"));
        bed.instance.deliver(OutboundMessage.text("1", "1", Address.of("messenger.psid", MessengerTestbed.PSID),
                "hello"));
    }

    private static String receipts(Instant watermark) {
        return MessengerTestbed.payload("receipts.json").replace("WATERMARK", String.valueOf(watermark.toEpochMilli()));
    }
}
