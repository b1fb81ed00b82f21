package io.switchboard.plugins.survey.ces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.api.config.ConfigProblem;
import io.switchboard.api.config.ConfigValues;
import io.switchboard.api.survey.AnswerDistribution;
import io.switchboard.api.survey.ScoreRating;
import io.switchboard.api.survey.SurveyScore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CesSurveyTest {

    private final CesSurvey ces = new CesSurvey();
    private final ConfigValues fivePoint = settings(Map.of());
    private final ConfigValues sevenPoint = settings(Map.of("scale", "7"));

    private ConfigValues settings(Map<String, String> values) {
        return ces.definition().settings().resolve(values);
    }

    @Test
    void anEmptyPeriodHasNoData() {
        SurveyScore score = ces.score(new AnswerDistribution(Map.of()), fivePoint);
        assertNull(score.value());
        assertEquals(ScoreRating.NO_DATA, score.rating());
        assertEquals("mean", score.unit());
    }

    @Test
    void oneEasiestAnswerIsGoodWithAllLowEffort() {
        SurveyScore score = ces.score(new AnswerDistribution(Map.of(5, 1L)), fivePoint);
        assertEquals(5.0, score.value());
        assertEquals(100.0, score.details().get("lowEffortShare"));
        assertEquals(0.0, score.details().get("hardestShare"));
        assertEquals(1.0, score.details().get("good"));
        assertEquals(ScoreRating.GOOD, score.rating());
    }

    @Test
    void fivePointMeanWithLowEffortAndHardestShares() {
        // 1,2,3,4,5,5: mean 20/6; low effort (4,5) 3/6 = 50 %; hardest (1) 1/6
        SurveyScore score = ces.score(new AnswerDistribution(Map.of(1, 1L, 2, 1L, 3, 1L, 4, 1L, 5, 2L)), fivePoint);
        assertEquals(20.0 / 6, score.value());
        assertEquals(50.0, score.details().get("lowEffortShare"));
        assertEquals(100.0 / 6, score.details().get("hardestShare"));
        assertEquals(0.0, score.details().get("good"));
        assertEquals(1.0, score.details().get("aboveNeutral"));
        assertEquals(3.0, score.details().get("midpoint"));
        assertEquals(ScoreRating.NEUTRAL, score.rating());
    }

    @Test
    void sevenPointIsGoodAtSixAndCountsSixAndSevenAsLowEffort() {
        // 4,6,7,7: mean 6; low effort (6,7) 3/4 = 75 %
        SurveyScore score = ces.score(new AnswerDistribution(Map.of(4, 1L, 6, 1L, 7, 2L)), sevenPoint);
        assertEquals(6.0, score.value());
        assertEquals(75.0, score.details().get("lowEffortShare"));
        assertEquals(1.0, score.details().get("good"));
        assertEquals(ScoreRating.GOOD, score.rating());
    }

    @Test
    void aMeanAtTheMidpointIsNotAboveNeutral() {
        SurveyScore score = ces.score(new AnswerDistribution(Map.of(4, 2L)), sevenPoint);
        assertEquals(0.0, score.details().get("aboveNeutral"));
        assertEquals(4.0, score.details().get("midpoint"));
        assertEquals(ScoreRating.NEUTRAL, score.rating());
    }

    @Test
    void aMeanBelowTheMidpointIsPoor() {
        SurveyScore score = ces.score(new AnswerDistribution(Map.of(1, 1L, 2, 1L)), fivePoint);
        assertEquals(1.5, score.value());
        assertEquals(50.0, score.details().get("hardestShare"));
        assertEquals(ScoreRating.POOR, score.rating());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"5;en;5", "very easy;en;5", "Difficult;en;2", "ง่ายมาก;th;5", "สาม;th;3",
            "velmi snadne;cs;5", "obtížné;cs;2", "rahisi sana;sw;5", "ngumu;sw;2", "4!;sw;4"})
    void fivePointAnswers(String reply, String language, int expected) {
        assertEquals(OptionalInt.of(expected), ces.parseAnswer(reply, fivePoint, Locale.forLanguageTag(language)));
    }

    @Test
    void sevenPointAcceptsSixAndSevenAndItsOwnLabels() {
        assertEquals(OptionalInt.of(7), ces.parseAnswer("7", sevenPoint, Locale.ENGLISH));
        assertEquals(OptionalInt.of(5), ces.parseAnswer("somewhat easy", sevenPoint, Locale.ENGLISH));
        assertTrue(ces.parseAnswer("7", fivePoint, Locale.ENGLISH).isEmpty());
        assertTrue(ces.parseAnswer("⭐⭐⭐", fivePoint, Locale.ENGLISH).isEmpty());
    }

    @Test
    void configuredLabelsAreAnswersInAnyLanguage() {
        ConfigValues custom = settings(Map.of("labels", "1=Nightmare|3=So-so|5=Piece of cake"));
        assertEquals(OptionalInt.of(5), ces.parseAnswer("Piece of cake!", custom, Locale.forLanguageTag("th")));
        assertEquals("Piece of cake", ces.scale(custom).labels().get(5));
    }

    @Test
    void labelsMustRiseWithTheValue() {
        List<ConfigProblem> problems = ces.validate(settings(Map.of("labels", "5=Very difficult|1=Very easy")));
        assertEquals(1, problems.size());
        assertEquals("labels", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("must rise"), problems.get(0).message());
    }

    @Test
    void labelsMustLieOnTheScaleAndBeWellFormed() {
        assertFalse(ces.validate(settings(Map.of("labels", "1=Hard|7=Easy"))).isEmpty());
        assertTrue(ces.validate(settings(Map.of("scale", "7", "labels", "1=Hard|7=Easy"))).isEmpty());
        assertFalse(ces.validate(settings(Map.of("labels", "1 Hard|5=Easy"))).isEmpty());
        assertFalse(ces.validate(settings(Map.of("labels", "1=Easy|5=easy"))).isEmpty());
        assertTrue(ces.validate(fivePoint).isEmpty());
    }

    @Test
    void theHardestTwoValuesAreLow() {
        assertTrue(ces.isLowScore(1, sevenPoint));
        assertTrue(ces.isLowScore(2, fivePoint));
        assertFalse(ces.isLowScore(3, fivePoint));
    }

    @Test
    void theQuestionNamesTheConfiguredScale() {
        assertTrue(ces.question(sevenPoint, Locale.ENGLISH).contains("to 7 (very easy)"));
        assertTrue(ces.question(fivePoint, Locale.forLanguageTag("cs")).contains("do 5"));
    }

    @Test
    void theScaleIsLabelledInTheSurveysLanguageUnlessTheAdminWroteLabels() {
        assertEquals("Velmi snadné", ces.scale(fivePoint, Locale.forLanguageTag("cs")).labels().get(5));
        assertEquals("ง่ายมาก", ces.scale(sevenPoint, Locale.forLanguageTag("th")).labels().get(7));
        assertEquals("Very easy", ces.scale(fivePoint, Locale.forLanguageTag("de")).labels().get(5));
        ConfigValues own = settings(Map.of("labels", "1=Nightmare|5=Breeze"));
        assertEquals(Map.of(1, "Nightmare", 5, "Breeze"), ces.scale(own, Locale.forLanguageTag("sw")).labels());
    }
}
