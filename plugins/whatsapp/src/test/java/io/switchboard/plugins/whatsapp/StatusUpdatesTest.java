package io.switchboard.plugins.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.api.channel.DeliveryStatus;
import io.switchboard.api.channel.event.DeliveryUpdate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatusUpdatesTest {

    private final WhatsAppTestbed bed = new WhatsAppTestbed();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void sentDeliveredAndReadUpdateTheMessageOurSendReturned() {
        List<DeliveryUpdate> updates = bed.updatesOf(WhatsAppTestbed.payload("statuses.json"));
        assertEquals(new DeliveryUpdate("wamid.ourReply1", DeliveryStatus.SENT, Instant.ofEpochSecond(1750263773),
                null, null), updates.get(0));
        assertEquals(DeliveryStatus.DELIVERED, updates.get(1).status());
        assertEquals(DeliveryStatus.READ, updates.get(2).status());
        assertEquals(Instant.ofEpochSecond(1750263780), updates.get(2).at());
    }

    @Test
    void aFailureCarriesTheErrorCodeAndTitle() {
        DeliveryUpdate failed = bed.updatesOf(WhatsAppTestbed.payload("statuses.json")).get(3);
        assertEquals(new DeliveryUpdate("wamid.ourReply2", DeliveryStatus.FAILED, Instant.ofEpochSecond(1750263790),
                "131026", "Message undeliverable"), failed);
    }

    @Test
    void aStatusWeDoNotTrackIsIgnored() {
        String deleted = WhatsAppTestbed.payload("statuses.json").replace("\"status\": \"sent\"",
                "\"status\": \"deleted\"");
        assertEquals(3, bed.updatesOf(deleted).size());
    }
}
