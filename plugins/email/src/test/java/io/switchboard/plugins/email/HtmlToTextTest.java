package io.switchboard.plugins.email;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlToTextTest {

    @Test
    void paragraphsAreSeparatedByABlankLineAndBreaksByANewline() {
        assertEquals("One\ntwo\n\nThree", HtmlToText.convert("<p>One<br>two</p><p>Three</p>"));
    }

    @Test
    void scriptsStylesAndTheHeadAreDropped() {
        assertEquals("Visible", HtmlToText.convert("<head><title>t</title><style>x{}</style></head>"
                + "<body><script>alert(1)</script>Visible</body>"));
    }

    @Test
    void blockquotesBecomeQuotedLinesSoTheQuoteIsFound() {
        String text = HtmlToText.convert("<div>Thanks!</div><blockquote type=\"cite\">Restart it.<br>Then call.</blockquote>");

        assertEquals("Thanks!\n\n> Restart it.\n> Then call.", text);
        assertEquals("Thanks!\n\n".length(), QuotedHistory.start(text));
    }

    @Test
    void entitiesAreDecodedAndWhitespaceCollapsed() {
        assertEquals("Tom & Jerry — 5 €", HtmlToText.convert("Tom &amp;   Jerry\n&mdash; 5&nbsp;&euro;"));
    }
}
