package io.switchboard.plugins.survey.nps;

import java.util.Map;

/** The question in the shipped languages. */
final class NpsTexts {

    private static final Map<String, String> QUESTIONS = Map.of(
            "en", "How likely are you to recommend us to a friend or colleague? Reply with a number from 0 (not at all"
                    + " likely) to 10 (extremely likely).",
            "th", "คุณมีแนวโน้มที่จะแนะนำเราให้เพื่อนหรือเพื่อนร่วมงานมากน้อยเพียงใด? ตอบด้วยตัวเลขตั้งแต่ 0 (ไม่แนะนำเลย)"
                    + " ถึง 10 (แนะนำอย่างแน่นอน)",
            "cs", "Jak pravděpodobné je, že nás doporučíte příteli nebo kolegovi? Odpovězte číslem od 0 (vůbec)"
                    + " do 10 (určitě).",
            "sw", "Kuna uwezekano gani wa kutupendekeza kwa rafiki au mwenzako? Jibu kwa namba kutoka 0 (hapana"
                    + " kabisa) hadi 10 (hakika kabisa).");

    private NpsTexts() {
    }

    static String question(String language) {
        return QUESTIONS.getOrDefault(language, QUESTIONS.get("en"));
    }
}
