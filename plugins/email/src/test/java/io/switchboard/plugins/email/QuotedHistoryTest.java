package io.switchboard.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the quoted history of a customer's reply starts, as common clients write it. */
class QuotedHistoryTest {

    private static String fresh(String text) {
        int start = QuotedHistory.start(text);
        return start < 0 ? text : text.substring(0, start);
    }

    @Test
    void gmailsAttributionWrappedOverTwoLinesStartsTheQuote() {
        assertEquals("Works now.\n\n", fresh("Works now.\n\nOn Mon, 2 Mar 2026 at 10:00, Acme Support <\n"
                + "support@desk.test> wrote:\n> Restart it.\n"));
    }

    @Test
    void outlooksOriginalMessageSeparatorStartsTheQuote() {
        assertEquals("Thanks\n", fresh("Thanks\n-----Original Message-----\nFrom: Support\nSent: Monday\n"));
    }

    @Test
    void outlooksFromAndSentHeaderBlockStartsTheQuote() {
        assertEquals("Thanks\n\n", fresh("Thanks\n\nFrom: Acme Support <support@desk.test>\n"
                + "Sent: Monday, March 2, 2026 10:00 AM\nTo: Ada\nSubject: Re: Order\n\nRestart it."));
    }

    @Test
    void germanAndCzechAttributionsStartTheQuote() {
        assertEquals("Danke\n", fresh("Danke\nAm 02.03.2026 um 10:00 schrieb Acme Support <s@d.test>:\n> x"));
        assertEquals("Díky\n", fresh("Díky\nDne 2. 3. 2026 v 10:00 Acme Support <s@d.test> napsal(a):\n> x"));
    }

    @Test
    void aTrailingBlockOfQuotedLinesIsTheQuote() {
        assertEquals("ok\n", fresh("ok\n> earlier\n> text\n\n"));
    }

    @Test
    void interleavedAnswersAreNotFolded() {
        assertEquals(-1, QuotedHistory.start("> question one\nanswer one\n> question two\nanswer two\n"));
    }
}
