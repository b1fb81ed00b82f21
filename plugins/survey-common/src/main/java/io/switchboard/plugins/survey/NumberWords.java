package io.switchboard.plugins.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Zero to ten spelled out in the shipped languages, with common variants. */
public final class NumberWords {

    private static final Map<String, List<List<String>>> WORDS = Map.of(
            "en", List.of(List.of("zero", "nought"), List.of("one"), List.of("two"), List.of("three"),
                    List.of("four"), List.of("five"), List.of("six"), List.of("seven"), List.of("eight"),
                    List.of("nine"), List.of("ten")),
            "th", List.of(List.of("ศูนย์"), List.of("หนึ่ง"), List.of("สอง"), List.of("สาม"), List.of("สี่"),
                    List.of("ห้า"), List.of("หก"), List.of("เจ็ด"), List.of("แปด"), List.of("เก้า"),
                    List.of("สิบ")),
            "cs", List.of(List.of("nula"), List.of("jedna", "jeden", "jedno", "jednicka"),
                    List.of("dva", "dve", "dvojka"), List.of("tri", "trojka"), List.of("ctyri", "ctyrka"),
                    List.of("pet", "petka"), List.of("sest"), List.of("sedm"), List.of("osm"), List.of("devet"),
                    List.of("deset")),
            "sw", List.of(List.of("sifuri"), List.of("moja"), List.of("mbili"), List.of("tatu"), List.of("nne"),
                    List.of("tano"), List.of("sita"), List.of("saba"), List.of("nane"), List.of("tisa"),
                    List.of("kumi")));

    private NumberWords() {
    }

    /**
     * Folded number words of a language.
     *
     * @param language a shipped language code
     * @return word to value, 0 to 10
     */
    public static Map<String, Integer> of(String language) {
        Map<String, Integer> byWord = new HashMap<>();
        List<List<String>> words = WORDS.getOrDefault(language, WORDS.get("en"));
        for (int value = 0; value < words.size(); value++) {
            for (String word : words.get(value)) {
                byWord.put(ReplyText.fold(word, language), value);
            }
        }
        return byWord;
    }
}
