package io.switchboard.plugins.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** TwiML is XML: everything configured or received is escaped. */
class TwimlTest {

    @Test
    void theEmptyAnswerIsAnEmptyResponseAsTextXml() {
        var answer = Twiml.empty();
        assertEquals(200, answer.status());
        assertEquals("text/xml; charset=utf-8", answer.contentType());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>",
                new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Test
    void verbsKeepTheirAttributeOrderAndNesting() {
        String xml = Twiml.document(TwimlNode.of("Say").text("Hello"),
                TwimlNode.of("Dial").attr("timeout", "20").attr("action", "https://x.test/dial")
                        .child(TwimlNode.of("Number").text("+15550001111")),
                TwimlNode.of("Hangup"));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>Hello</Say>"
                + "<Dial timeout=\"20\" action=\"https://x.test/dial\"><Number>+15550001111</Number></Dial>"
                + "<Hangup/></Response>", xml);
    }

    @Test
    void markupInTextAndAttributesIsEscaped() {
        assertEquals("<Say a=\"x&amp;y=&quot;1&quot;\">Tom &amp; Jerry&apos;s &lt;shop&gt;</Say>",
                TwimlNode.of("Say").attr("a", "x&y=\"1\"").text("Tom & Jerry's <shop>").toXml());
    }

    @Test
    void controlCharactersXmlCannotCarryAreDropped() {
        assertEquals("<Say>ab\nc</Say>", TwimlNode.of("Say").text("a\u0000b\nc\u0007").toXml());
    }
}
