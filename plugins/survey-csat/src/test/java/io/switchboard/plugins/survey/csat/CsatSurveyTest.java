package io.switchboard.plugins.survey.csat;

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

class CsatSurveyTest {

    private final CsatSurvey csat = new CsatSurvey();
    private final ConfigValues defaults = csat.definition().settings().resolve(Map.of());

    @Test
    void anEmptyPeriodHasNoDataNotZero() {
        SurveyScore score = csat.score(new AnswerDistribution(Map.of()), defaults);
        assertNull(score.value());
        assertEquals(ScoreRating.NO_DATA, score.rating());
        assertEquals("percent", score.unit());
    }

    @Test
    void oneAnswerOfFourIsAHundredPercentSatisfiedWithMeanFour() {
        SurveyScore score = csat.score(new AnswerDistribution(Map.of(4, 1L)), defaults);
        assertEquals(100.0, score.value());
        assertEquals(4.0, score.details().get("mean"));
        assertEquals(1, score.answers());
        assertEquals(ScoreRating.GOOD, score.rating());
    }

    @Test
    void theScoreIsTheShareOfFoursAndFivesWithTheMeanBeside() {
        // 1,2,3,4,4,5,5,5: 5 of 8 satisfied = 62.5 %; mean = 29 / 8 = 3.625
        SurveyScore score = csat.score(new AnswerDistribution(Map.of(1, 1L, 2, 1L, 3, 1L, 4, 2L, 5, 3L)), defaults);
        assertEquals(62.5, score.value());
        assertEquals(3.625, score.details().get("mean"));
        assertEquals(8, score.answers());
        assertEquals(ScoreRating.NEUTRAL, score.rating());
    }

    @Test
    void noSatisfiedAnswersScoreZeroAndPoor() {
        SurveyScore score = csat.score(new AnswerDistribution(Map.of(1, 2L, 3, 1L)), defaults);
        assertEquals(0.0, score.value());
        assertEquals(ScoreRating.POOR, score.rating());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "5;en;5", "' 5 ';en;5", "5!;en;5", "(4).;en;4", "five;en;5", "Very satisfied;en;5", "satisfied;en;4",
            "๕;th;5", "ห้า;th;5", "พอใจมาก;th;5", "ไม่พอใจ;th;2", "3;th;3",
            "pět;cs;5", "pet;cs;5", "Velmi spokojen;cs;5", "nespokojen;cs;2", "dvě;cs;2",
            "tano;sw;5", "Nimeridhika sana;sw;5", "sijaridhika;sw;2", "moja;sw;1",
            "four;th;4", "⭐⭐⭐⭐;en;4", "⭐️⭐️⭐️⭐️⭐️;en;5", "★★;cs;2"})
    void repliesThatAreAnswers(String reply, String language, int expected) {
        assertEquals(OptionalInt.of(expected), csat.parseAnswer(reply, defaults, Locale.forLanguageTag(language)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"6;en", "0;en", "5 items are missing;en", "thanks!;en", "⭐⭐⭐⭐⭐⭐;en",
            "ห้า;en", "tano;cs", "'';en", "5 stars please call me;en"})
    void repliesThatStayOrdinaryMessages(String reply, String language) {
        assertTrue(csat.parseAnswer(reply, defaults, Locale.forLanguageTag(language)).isEmpty(), reply);
    }

    @Test
    void onlyOneAndTwoAreLow() {
        assertTrue(csat.isLowScore(1, defaults));
        assertTrue(csat.isLowScore(2, defaults));
        assertFalse(csat.isLowScore(3, defaults));
    }

    @Test
    void theQuestionIsLocalisedAndSaysHowToAnswer() {
        assertTrue(csat.question(defaults, Locale.ENGLISH).contains("Reply with a number from 1"));
        assertTrue(csat.question(defaults, Locale.forLanguageTag("th")).contains("1 (ไม่พอใจมาก)"));
        assertTrue(csat.question(defaults, Locale.forLanguageTag("cs")).startsWith("Jak jste spokojeni"));
        assertTrue(csat.question(defaults, Locale.forLanguageTag("sw")).startsWith("Umeridhika"));
        assertEquals(csat.question(defaults, Locale.ENGLISH), csat.question(defaults, Locale.GERMAN));
    }

    @Test
    void thresholdsMustBeOrdered() {
        assertEquals(1, csat.validate(new ConfigValues(Map.of("goodAt", "50", "neutralAt", "70"))).size());
        assertTrue(csat.validate(defaults).isEmpty());
    }

    @Test
    void theScaleIsLabelledInTheSurveysLanguage() {
        assertEquals("Nimeridhika sana", csat.scale(defaults, java.util.Locale.forLanguageTag("sw")).labels().get(5));
        assertEquals("Very unsatisfied", csat.scale(defaults, java.util.Locale.forLanguageTag("fr")).labels().get(1));
    }
}
