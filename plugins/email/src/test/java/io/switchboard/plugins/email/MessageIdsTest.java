package io.switchboard.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Message-IDs are kept as {@code <left@right>}, exactly as in the header, on both sides. */
class MessageIdsTest {

    @Test
    void anIdKeepsItsAngleBracketsAndLosesSurroundingSpace() {
        assertEquals(Optional.of("<abc.123@mail.test>"), MessageIds.first("  < abc.123@mail.test >\r\n"));
    }

    @Test
    void anIdSentWithoutBracketsIsGivenThem() {
        assertEquals(Optional.of("<abc@mail.test>"), MessageIds.first("abc@mail.test"));
    }

    @Test
    void referencesAreReadInOrderAcrossFoldedLinesWithoutDuplicates() {
        assertEquals(List.of("<a@x>", "<b@x>", "<c@x>"), MessageIds.all("<a@x>\r\n\t<b@x> <a@x> (comment) <c@x>"));
    }

    @Test
    void answeredIdsAreNewestFirstStartingWithInReplyTo() {
        assertEquals(List.of("<c@x>", "<b@x>", "<a@x>"), MessageIds.answered("<c@x>", "<a@x> <b@x> <c@x>"));
    }

    @Test
    void aHeaderWithoutAnyIdGivesNone() {
        assertEquals(List.of(), MessageIds.all("no ids here"));
        assertEquals(List.of(), MessageIds.all(null));
    }

    @Test
    void syntheticIdsAreNotRealOnes() {
        assertTrue(MessageIds.isReal("<a@x>"));
        assertFalse(MessageIds.isReal("<abc" + SyntheticIds.DOMAIN + ">"));
    }
}
