package io.switchboard.plugins.survey.nps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.survey.AnswerDistribution;
import io.switchboard.api.survey.ScoreRating;
import io.switchboard.api.survey.SurveyScore;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpsSurveyTest {

    private final NpsSurvey nps = new NpsSurvey();
    private final ConfigValues defaults = nps.definition().settings().resolve(Map.of());

    private SurveyScore score(Map<Integer, Long> counts) {
        return nps.score(new AnswerDistribution(counts), defaults);
    }

    @Test
    void anEmptyPeriodHasNoData() {
        SurveyScore score = score(Map.of());
        assertNull(score.value());
        assertEquals(ScoreRating.NO_DATA, score.rating());
        assertTrue(score.details().isEmpty());
    }

    @Test
    void oneAnswerIsAHundredMinusHundredOrZero() {
        assertEquals(100.0, score(Map.of(10, 1L)).value());
        assertEquals(-100.0, score(Map.of(0, 1L)).value());
        assertEquals(0.0, score(Map.of(7, 1L)).value());
    }

    @Test
    void promotersMinusDetractorsWithTheThreeShares() {
        // 9,10,10 promoters (30 %); 7,8 passives (20 %); 0,3,5,6,6 detractors (50 %): NPS -20
        SurveyScore score = score(Map.of(9, 1L, 10, 2L, 7, 1L, 8, 1L, 0, 1L, 3, 1L, 5, 1L, 6, 2L));
        assertEquals(-20.0, score.value());
        assertEquals(30.0, score.details().get("promoters"));
        assertEquals(20.0, score.details().get("passives"));
        assertEquals(50.0, score.details().get("detractors"));
        assertEquals(10, score.answers());
        assertEquals(ScoreRating.POOR, score.rating());
    }

    @Test
    void theScoreIsRoundedToAWholeNumberHalvesAwayFromZero() {
        assertEquals(33.0, score(Map.of(9, 2L, 0, 1L)).value()); // 66.67 - 33.33 = 33.33
        assertEquals(13.0, score(Map.of(10, 1L, 8, 7L)).value()); // 12.5
        assertEquals(-13.0, score(Map.of(6, 1L, 8, 7L)).value()); // -12.5
        assertEquals(67.0, score(Map.of(10, 2L, 7, 1L)).value()); // 66.67
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"0;en;0", "10;en;10", "10!;en;10", "ten;en;10", "zero;en;0", "สิบ;th;10",
            "๑๐;th;10", "deset;cs;10", "nula;cs;0", "kumi;sw;10", "nane;sw;8", "9;sw;9"})
    void repliesThatAreAnswers(String reply, String language, int expected) {
        assertEquals(OptionalInt.of(expected), nps.parseAnswer(reply, defaults, Locale.forLanguageTag(language)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"11;en", "-1;en", "100;en", "10 out of 10 would buy;en", "⭐⭐⭐;en", "ok;en"})
    void repliesThatStayOrdinaryMessages(String reply, String language) {
        assertTrue(nps.parseAnswer(reply, defaults, Locale.forLanguageTag(language)).isEmpty(), reply);
    }

    @Test
    void detractorsAreLow() {
        assertTrue(nps.isLowScore(0, defaults));
        assertTrue(nps.isLowScore(6, defaults));
        assertFalse(nps.isLowScore(7, defaults));
    }

    @Test
    void theQuestionNamesTheScaleInEachLanguage() {
        for (String language : new String[] {"en", "th", "cs", "sw"}) {
            String question = nps.question(defaults, Locale.forLanguageTag(language));
            assertTrue(question.contains("0") && question.contains("10"), question);
        }
    }
}
