package io.switchboard.plugins.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.plugins.sms.SegmentCount.Encoding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Segment counts, each computed by hand: GSM-7 takes 160 septets in one message and 153 per
 * segment beyond; UCS-2 takes 70 and 67; escape pairs and surrogate pairs are never split.
 */
class SegmentCounterTest {

    private static void assertCount(Encoding encoding, int units, int segments, String text) {
        SegmentCount count = SegmentCounter.count(text);
        assertEquals(encoding, count.encoding(), "encoding");
        assertEquals(units, count.units(), "units");
        assertEquals(segments, count.segments(), "segments");
    }

    @Test
    void anEmptyTextCostsNothing() {
        assertCount(Encoding.GSM_7, 0, 0, "");
    }

    @Test
    void aShortPlainTextIsOneGsmSegment() {
        assertCount(Encoding.GSM_7, 5, 1, "Hello");
    }

    @Test
    void oneHundredSixtyGsmCharactersFitOneMessage() {
        assertCount(Encoding.GSM_7, 160, 1, "a".repeat(160));
    }

    @Test
    void oneMoreMakesTwoSegmentsOf153() {
        assertCount(Encoding.GSM_7, 161, 2, "a".repeat(161));
        assertCount(Encoding.GSM_7, 306, 2, "a".repeat(306));
        assertCount(Encoding.GSM_7, 307, 3, "a".repeat(307));
    }

    @Test
    void extensionCharactersCountTwice() {
        assertCount(Encoding.GSM_7, 160, 1, "€".repeat(80));
        assertCount(Encoding.GSM_7, 162, 2, "€".repeat(81));
        assertCount(Encoding.GSM_7, 18, 1, "{}[]~^|\\€");
    }

    @Test
    void anEscapePairIsNeverSplitAcrossSegments() {
        // 152 + 2 + 152 = 306 septets, which would be 2 segments of 153; but the € cannot start at
        // septet 153, so it opens the second segment, which then overflows into a third.
        assertCount(Encoding.GSM_7, 306, 3, "a".repeat(152) + "€" + "a".repeat(152));
    }

    @Test
    void theGsmAlphabetIncludesItsAccentedAndGreekLetters() {
        assertCount(Encoding.GSM_7, 19, 1, "@£$¥èéùìòÇØøÅåΔΦΓÑü");
    }

    @Test
    void oneCharacterOutsideTheGsmAlphabetMakesTheWholeTextUcs2() {
        assertCount(Encoding.UCS_2, 70, 1, "a".repeat(69) + "ç");
        assertCount(Encoding.UCS_2, 71, 2, "a".repeat(70) + "ç");
    }

    @Test
    void ucs2TakesSeventyInOneMessageAnd67PerSegment() {
        assertCount(Encoding.UCS_2, 6, 1, "Привет");
        assertCount(Encoding.UCS_2, 70, 1, "ж".repeat(70));
        assertCount(Encoding.UCS_2, 71, 2, "ж".repeat(71));
        assertCount(Encoding.UCS_2, 134, 2, "ж".repeat(134));
        assertCount(Encoding.UCS_2, 135, 3, "ж".repeat(135));
    }

    @Test
    void anEmojiTakesTwoUcs2Units() {
        assertCount(Encoding.UCS_2, 70, 1, "😀".repeat(35));
        assertCount(Encoding.UCS_2, 72, 2, "😀".repeat(36));
    }

    @Test
    void aSurrogatePairIsNeverSplitAcrossSegments() {
        // 66 + 2 + 66 = 134 units, which would be 2 segments of 67; the emoji cannot take units
        // 67 and 68, so it opens the second segment, which then overflows into a third.
        assertCount(Encoding.UCS_2, 134, 3, "ж".repeat(66) + "😀" + "ж".repeat(66));
    }

    @Test
    void theCharactersForcingUcs2AreListedOnceInOrder() {
        assertEquals(List.of("’", "😀"), SegmentCounter.count("It’s ready 😀 isn’t it").forcingUcs2());
    }

    @Test
    void theGsmAlphabetHas127BasicCharactersAndTenExtensions() {
        int basic = 0;
        int extended = 0;
        for (int c = 0; c < 0x10000; c++) {
            int septets = GsmAlphabet.septets(c);
            basic += septets == 1 ? 1 : 0;
            extended += septets == 2 ? 1 : 0;
        }
        assertEquals(127, basic, "128 codes minus the escape");
        assertEquals(10, extended);
    }
}
