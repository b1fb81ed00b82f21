package io.switchboard.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PollCursorTest {

    @Test
    void aCursorSurvivesItsTextForm() {
        PollCursor cursor = new PollCursor(1700000000L, 420, 370);

        assertEquals("imap:1700000000:420:370", cursor.encode());
        assertEquals(Optional.of(cursor), PollCursor.decode(cursor.encode()));
    }

    @Test
    void afterABatchEverythingCommittedBeforeItIsSettled() {
        assertEquals(new PollCursor(7, 470, 420), new PollCursor(7, 420, 370).after(470));
    }

    @Test
    void aCursorThatIsNotOursIsIgnored() {
        assertEquals(Optional.empty(), PollCursor.decode(null));
        assertEquals(Optional.empty(), PollCursor.decode("something-else"));
        assertEquals(Optional.empty(), PollCursor.decode("imap:1:x:2"));
    }
}
