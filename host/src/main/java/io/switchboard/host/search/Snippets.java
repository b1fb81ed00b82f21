package io.switchboard.host.search;

import java.util.List;
import java.util.Locale;

/** A short excerpt of a message around the first word of the query found in it. */
final class Snippets {

    static final int RADIUS = 70;

    private Snippets() {
    }

    static String around(String body, List<String> words) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        String lower = oneLine.toLowerCase(Locale.ROOT);
        int at = words.stream().mapToInt(lower::indexOf).filter(i -> i >= 0).min().orElse(0);
        int start = Math.max(0, at - RADIUS);
        int end = Math.min(oneLine.length(), at + RADIUS);
        return (start > 0 ? "…" : "") + oneLine.substring(start, end) + (end < oneLine.length() ? "…" : "");
    }
}
