package io.switchboard.plugins.survey.csat;

import java.util.Map;

/** The question and labels in the shipped languages. */
final class CsatTexts {

    private static final Map<String, String> QUESTIONS = Map.of(
            "en", "How satisfied are you with the help you received? Reply with a number from 1 (very unsatisfied)"
                    + " to 5 (very satisfied).",
            "th", "คุณพอใจกับความช่วยเหลือที่ได้รับมากน้อยเพียงใด? ตอบด้วยตัวเลขตั้งแต่ 1 (ไม่พอใจมาก) ถึง 5 (พอใจมาก)",
            "cs", "Jak jste spokojeni s pomocí, kterou jste obdrželi? Odpovězte číslem od 1 (velmi nespokojen)"
                    + " do 5 (velmi spokojen).",
            "sw", "Umeridhika kiasi gani na msaada uliopata? Jibu kwa namba kutoka 1 (sijaridhika kabisa)"
                    + " hadi 5 (nimeridhika sana).");

    private static final Map<String, Map<Integer, String>> LABELS = Map.of(
            "en", Map.of(1, "Very unsatisfied", 2, "Unsatisfied", 3, "Neutral", 4, "Satisfied", 5, "Very satisfied"),
            "th", Map.of(1, "ไม่พอใจมาก", 2, "ไม่พอใจ", 3, "เฉยๆ", 4, "พอใจ", 5, "พอใจมาก"),
            "cs", Map.of(1, "Velmi nespokojen", 2, "Nespokojen", 3, "Neutrální", 4, "Spokojen", 5, "Velmi spokojen"),
            "sw", Map.of(1, "Sijaridhika kabisa", 2, "Sijaridhika", 3, "Kawaida", 4, "Nimeridhika",
                    5, "Nimeridhika sana"));

    private CsatTexts() {
    }

    static String question(String language) {
        return QUESTIONS.getOrDefault(language, QUESTIONS.get("en"));
    }

    static Map<Integer, String> labels(String language) {
        return LABELS.getOrDefault(language, LABELS.get("en"));
    }
}
