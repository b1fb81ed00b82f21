package io.switchboard.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.channel.Address;
import io.switchboard.api.channel.event.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A message the MIME parser gave up on is still stored, from what its raw bytes show. */
class QuarantineTest {

    private static final Instant ARRIVED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void headersAndTheRawBodyAreRecoveredWithTheReason() {
        byte[] raw = ("From: Ada <ada@customer.test>\r\nSubject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?= [SB-ABCDEFGH23]\r\n"
                + "Message-ID: <q@customer.test>\r\n\r\nraw body").getBytes(StandardCharsets.UTF_8);

        InboundMessage message = Quarantine.of(raw, 1, 7, new IllegalStateException("boom"), ARRIVED);

        assertEquals("<q@customer.test>", message.externalId());
        assertEquals(Address.email("ada@customer.test"), message.from());
        assertEquals("Grüße [SB-ABCDEFGH23]", message.subject());
        assertEquals("SB-ABCDEFGH23", message.threadToken());
        assertEquals("raw body", message.text());
        assertTrue(message.properties().get(MailParser.QUARANTINE_REASON).contains("IllegalStateException: boom"));
    }

    @Test
    void aMessageWithNothingReadableIsStillStoredUnderItsPosition() {
        InboundMessage message = Quarantine.of(null, 5, 9, new StackOverflowError(), ARRIVED);

        assertEquals(SyntheticIds.ofPosition(5, 9), message.externalId());
        assertEquals(Address.email(Sender.UNKNOWN), message.from());
    }
}
