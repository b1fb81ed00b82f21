package io.switchboard.plugins.sms;

import java.util.List;

/**
 * How a text goes out as SMS: its encoding, its length in that encoding's units and how many
 * segments (billed messages) it takes.
 *
 * @param encoding GSM-7 when every character is in the GSM alphabet, else UCS-2
 * @param units septets (GSM-7) or UTF-16 code units (UCS-2)
 * @param segments the number of segments, 0 for an empty text
 * @param forcingUcs2 the distinct characters that are not in the GSM alphabet, in order of appearance
 * @param doubleWidth the distinct GSM extension characters, which count twice, in order of appearance
 */
record SegmentCount(Encoding encoding, int units, int segments, List<String> forcingUcs2, List<String> doubleWidth) {

    /** An SMS character encoding with its segment sizes. */
    enum Encoding {
        /** The GSM 03.38 7-bit alphabet: 160 per single message, 153 per segment of a longer one. */
        GSM_7("GSM-7", 160, 153),
        /** UCS-2 (UTF-16): 70 per single message, 67 per segment of a longer one. */
        UCS_2("UCS-2", 70, 67);

        final String label;
        final int single;
        final int perSegment;

        Encoding(String label, int single, int perSegment) {
            this.label = label;
            this.single = single;
            this.perSegment = perSegment;
        }
    }

    SegmentCount {
        forcingUcs2 = List.copyOf(forcingUcs2);
        doubleWidth = List.copyOf(doubleWidth);
    }
}
