package io.switchboard.plugins.survey.ces;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The question and default labels in the shipped languages, for 5 and 7 points. */
final class CesTexts {

    private static final Map<String, String> QUESTIONS = Map.of(
            "en", "How easy was it to get your issue resolved? Reply with a number from 1 (very difficult)"
                    + " to %d (very easy).",
            "th", "การแก้ไขปัญหาของคุณง่ายเพียงใด? ตอบด้วยตัวเลขตั้งแต่ 1 (ยากมาก) ถึง %d (ง่ายมาก)",
            "cs", "Jak snadné bylo vyřešit váš požadavek? Odpovězte číslem od 1 (velmi obtížné) do %d (velmi snadné).",
            "sw", "Ilikuwa rahisi kiasi gani kutatua tatizo lako? Jibu kwa namba kutoka 1 (ngumu sana)"
                    + " hadi %d (rahisi sana).");

    // From the hardest to the easiest: 7 points; the 5-point scale drops the "somewhat" pair.
    private static final Map<String, List<String>> SEVEN = Map.of(
            "en", List.of("Very difficult", "Difficult", "Somewhat difficult", "Neutral", "Somewhat easy", "Easy",
                    "Very easy"),
            "th", List.of("ยากมาก", "ยาก", "ค่อนข้างยาก", "ปานกลาง", "ค่อนข้างง่าย", "ง่าย", "ง่ายมาก"),
            "cs", List.of("Velmi obtížné", "Obtížné", "Spíše obtížné", "Neutrální", "Spíše snadné", "Snadné",
                    "Velmi snadné"),
            "sw", List.of("Ngumu sana", "Ngumu", "Ngumu kiasi", "Wastani", "Rahisi kiasi", "Rahisi", "Rahisi sana"));

    private CesTexts() {
    }

    static String question(String language, int points) {
        return String.format(QUESTIONS.getOrDefault(language, QUESTIONS.get("en")), points);
    }

    static Map<Integer, String> labels(String language, int points) {
        List<String> seven = SEVEN.getOrDefault(language, SEVEN.get("en"));
        List<String> chosen = points == 7 ? seven
                : List.of(seven.get(0), seven.get(1), seven.get(3), seven.get(5), seven.get(6));
        Map<Integer, String> labels = new HashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            labels.put(i + 1, chosen.get(i));
        }
        return labels;
    }
}
