package io.switchboard.plugins.survey;

import java.util.List;
import java.util.Locale;

/** The languages the survey plugins ship texts for; anything else falls back to English. */
public final class Languages {

    /** English, Thai, Czech and Swahili. */
    public static final List<String> SHIPPED = List.of("en", "th", "cs", "sw");

    private Languages() {
    }

    /**
     * The shipped language closest to a locale.
     *
     * @param locale the contact's language or the desk default; may be null
     * @return a code from {@link #SHIPPED}
     */
    public static String of(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return SHIPPED.contains(language) ? language : "en";
    }
}
