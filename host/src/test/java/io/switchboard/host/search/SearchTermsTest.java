package io.switchboard.host.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.host.problem.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void wordsAreRunsOfLettersAndDigitsLowerCasedOnce() {
        assertEquals(List.of("zx", "981", "příliš", "ok"), SearchTerms.parse(" ZX-981: Příliš, ok ok ").words());
    }

    @Test
    void theTsQueryNeedsEveryWordAndTreatsTheLastAsAPrefix() {
        assertEquals("parcel & late & deliv:*", SearchTerms.parse("parcel late deliv").tsQuery());
        assertEquals("track:*", SearchTerms.parse("track").tsQuery());
    }

    @Test
    void operatorsOfTsQueryCannotBeInjected() {
        assertEquals("a & b:*", SearchTerms.parse("a|!b:*&(").tsQuery());
    }

    @Test
    void aQueryWithoutWordsOrTooLongIsRefused() {
        assertEquals(400, assertThrows(Problem.class, () -> SearchTerms.parse(" -!? ")).status());
        assertEquals(400, assertThrows(Problem.class, () -> SearchTerms.parse("x".repeat(201))).status());
    }
}
