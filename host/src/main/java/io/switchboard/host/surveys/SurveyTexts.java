package io.switchboard.host.surveys;

import java.util.Map;

/** The host's own survey wording around the plugin's question, in the shipped languages. */
final class SurveyTexts {

    private static final Map<String, String> LINK = Map.of("en", "Or answer here:", "th", "หรือตอบที่นี่:",
            "cs", "Nebo odpovězte zde:", "sw", "Au jibu hapa:");
    private static final Map<String, String> THANKS = Map.of("en", "Thank you for your answer!",
            "th", "ขอบคุณสำหรับคำตอบของคุณ!", "cs", "Děkujeme za vaši odpověď!", "sw", "Asante kwa jibu lako!");
    private static final Map<String, String> COMMENT = Map.of("en", "Anything you would like to add? (optional)",
            "th", "มีอะไรเพิ่มเติมไหม? (ไม่บังคับ)", "cs", "Chcete něco dodat? (nepovinné)",
            "sw", "Una jambo la kuongeza? (si lazima)");
    private static final Map<String, String> SEND = Map.of("en", "Send", "th", "ส่ง", "cs", "Odeslat",
            "sw", "Tuma");

    private SurveyTexts() {
    }

    static String link(String language) {
        return pick(LINK, language);
    }

    static String thanks(String language) {
        return pick(THANKS, language);
    }

    static String comment(String language) {
        return pick(COMMENT, language);
    }

    static String send(String language) {
        return pick(SEND, language);
    }

    private static String pick(Map<String, String> texts, String language) {
        return texts.getOrDefault(language == null ? "en" : language.split("-")[0], texts.get("en"));
    }
}
