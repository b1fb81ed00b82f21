package io.switchboard.plugins.survey.csat;

import java.util.OptionalInt;

/** A reply made only of star emoji (⭐ or ★, with any variation selectors and spaces) counts its stars. */
final class Stars {

    private Stars() {
    }

    static OptionalInt count(String reply) {
        if (reply == null) {
            return OptionalInt.empty();
        }
        int stars = 0;
        int i = 0;
        while (i < reply.length()) {
            int cp = reply.codePointAt(i);
            if (cp == 0x2B50 || cp == 0x2605 || cp == 0x1F31F) {
                stars++;
            } else if (!Character.isWhitespace(cp) && cp != 0xFE0F && cp != 0xFE0E && cp != 0x200D) {
                return OptionalInt.empty();
            }
            i += Character.charCount(cp);
        }
        return stars == 0 ? OptionalInt.empty() : OptionalInt.of(stars);
    }
}
