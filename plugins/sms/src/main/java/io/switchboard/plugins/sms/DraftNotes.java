package io.switchboard.plugins.sms;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences an agent sees beside the SMS reply box: how many segments the draft costs in
 * which encoding, which characters make it expensive, and which count twice.
 */
final class DraftNotes {

    private DraftNotes() {
    }

    /**
     * Notes for a draft.
     *
     * @param text the draft
     * @return the notes; none for an empty draft
     */
    static List<String> of(String text) {
        SegmentCount count = SegmentCounter.count(text == null ? "" : text);
        if (count.segments() == 0) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        SegmentCount.Encoding encoding = count.encoding();
        String size = count.segments() == 1
                ? count.units() + " of " + encoding.single + " characters"
                : count.units() + " characters, " + encoding.perSegment + " per segment";
        notes.add(count.segments() + (count.segments() == 1 ? " SMS segment" : " SMS segments") + " ("
                + encoding.label + ", " + size + ")");
        if (!count.forcingUcs2().isEmpty()) {
            notes.add("Not in the GSM alphabet, so the message is sent as UCS-2 (70 characters per message instead"
                    + " of 160): " + String.join(" ", count.forcingUcs2()));
        }
        if (encoding == SegmentCount.Encoding.GSM_7 && !count.doubleWidth().isEmpty()) {
            notes.add("Count as two characters: " + String.join(" ", count.doubleWidth()));
        }
        return List.copyOf(notes);
    }
}
