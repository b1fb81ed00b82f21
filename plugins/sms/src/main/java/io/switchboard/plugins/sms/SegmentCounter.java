package io.switchboard.plugins.sms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts the SMS segments a text costs. A text that fits the GSM-7 alphabet takes one message
 * up to 160 septets, else segments of 153 (the rest carries the concatenation header); any
 * other character switches the whole text to UCS-2, 70 per message, else segments of 67.
 * Like the handsets and Twilio, segments never split an escape pair or a surrogate pair, so a
 * segment may hold one unit less.
 */
final class SegmentCounter {

    private SegmentCounter() {
    }

    /**
     * Counts a text.
     *
     * @param text the text
     * @return the count
     */
    static SegmentCount count(String text) {
        Set<String> forcing = new LinkedHashSet<>();
        Set<String> doubled = new LinkedHashSet<>();
        text.codePoints().forEach(c -> {
            int septets = GsmAlphabet.septets(c);
            if (septets == 0) {
                forcing.add(new String(Character.toChars(c)));
            } else if (septets == 2) {
                doubled.add(new String(Character.toChars(c)));
            }
        });
        SegmentCount.Encoding encoding = forcing.isEmpty() ? SegmentCount.Encoding.GSM_7
                : SegmentCount.Encoding.UCS_2;
        List<Integer> widths = widths(text, encoding);
        int units = widths.stream().mapToInt(Integer::intValue).sum();
        return new SegmentCount(encoding, units, segments(widths, units, encoding), new ArrayList<>(forcing),
                new ArrayList<>(doubled));
    }

    /** Each character's width in units: septets for GSM-7, UTF-16 code units for UCS-2. */
    private static List<Integer> widths(String text, SegmentCount.Encoding encoding) {
        List<Integer> widths = new ArrayList<>();
        text.codePoints().forEach(c -> widths.add(encoding == SegmentCount.Encoding.GSM_7 ? GsmAlphabet.septets(c)
                : Character.charCount(c)));
        return widths;
    }

    private static int segments(List<Integer> widths, int units, SegmentCount.Encoding encoding) {
        if (units == 0) {
            return 0;
        }
        if (units <= encoding.single) {
            return 1;
        }
        int segments = 1;
        int used = 0;
        for (int width : widths) {
            if (used + width > encoding.perSegment) {
                segments++;
                used = 0;
            }
            used += width;
        }
        return segments;
    }
}
