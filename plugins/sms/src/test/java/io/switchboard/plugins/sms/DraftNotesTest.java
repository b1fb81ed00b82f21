package io.switchboard.plugins.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reply box shows beside an SMS draft. */
class DraftNotesTest {

    private final SmsConnector connector = new SmsConnector();

    @Test
    void anEmptyDraftHasNoNotes() {
        assertEquals(List.of(), connector.draftNotes(""));
    }

    @Test
    void aShortDraftShowsOneSegmentAndItsRoom() {
        assertEquals(List.of("1 SMS segment (GSM-7, 5 of 160 characters)"), connector.draftNotes("Hello"));
    }

    @Test
    void aLongDraftShowsItsSegmentsAndTheirSize() {
        assertEquals(List.of("2 SMS segments (GSM-7, 161 characters, 153 per segment)"),
                connector.draftNotes("a".repeat(161)));
    }

    @Test
    void charactersThatForceUcs2AreNamed() {
        assertEquals(List.of("1 SMS segment (UCS-2, 12 of 70 characters)",
                        "Not in the GSM alphabet, so the message is sent as UCS-2 (70 characters per message"
                                + " instead of 160): ’ 👍"),
                connector.draftNotes("It’s done 👍"));
    }

    @Test
    void charactersCountingTwiceAreNamed() {
        assertEquals(List.of("1 SMS segment (GSM-7, 17 of 160 characters)", "Count as two characters: € [ ]"),
                connector.draftNotes("Costs 5€ [net]"));
    }
}
