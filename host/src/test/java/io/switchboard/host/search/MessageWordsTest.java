package io.switchboard.host.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageWordsTest {

    @Test
    void wordsAreDistinctLowerCasedRunsOfLettersAndDigits() {
        assertEquals(List.of("zx981", "příliš", "ok", "a", "b"),
                List.copyOf(MessageWords.of("ZX981: Příliš, ok OK a-b")));
        assertEquals(Set.of(), MessageWords.of(null));
    }

    @Test
    void aLongWordIsIndexedByItsStart() {
        String word = "x".repeat(100);
        assertEquals(Set.of("x".repeat(MessageWords.MAX_WORD)), MessageWords.of(word));
        assertTrue(MessageWords.matches(MessageWords.of(word), List.of(word, "x")));
    }

    @Test
    void everyQueryWordIsAWholeWordButTheLastIsAPrefix() {
        Set<String> words = MessageWords.of("my parcel was delivered late");
        assertTrue(MessageWords.matches(words, List.of("parcel", "deliv")));
        assertFalse(MessageWords.matches(words, List.of("parc", "delivered")));
        assertFalse(MessageWords.matches(words, List.of("arcel")));
    }

    @Test
    void onlyTheFirstHundredThousandCharactersAreIndexed() {
        String text = "a ".repeat(MessageWords.MAX_TEXT / 2) + "hidden";
        assertFalse(MessageWords.of(text).contains("hidden"));
    }
}
