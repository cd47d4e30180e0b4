package th.prongsai.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.prongsai.ita.framework.BuiltInFrameworks;
import th.prongsai.ita.framework.Framework;

class ScoringTest {

    private static final Framework FY2566 = BuiltInFrameworks.of(2566).orElseThrow();
    private static final Framework FY2567 = BuiltInFrameworks.of(2567).orElseThrow();
    private static final Framework FY2564 = BuiltInFrameworks.of(2564).orElseThrow();

    @Test
    void thaPhae2567KnownAnswer() {
        ScoreCard card = Scoring.score(FY2567, Scores.of(Scores.THA_PHAE_2567), null);

        assertThat(card.fiscalYear()).isEqualTo(2567);
        assertThat(card.overall()).isEqualTo(new BigDecimal("68.50"));
        assertThat(card.overallExact().toPlainString()).startsWith("68.503");
        assertThat(card.level().labelTh()).isEqualTo("ต้องปรับปรุงโดยด่วน");
        assertThat(card.passed()).isFalse();
        assertThat(card.tools()).extracting(ToolResult::code).containsExactly("IIT", "EIT", "OIT");
        assertThat(card.tools())
                .extracting(ToolResult::mean)
                .containsExactly(new BigDecimal("78.14"), new BigDecimal("78.93"), new BigDecimal("53.46"));
        assertThat(card.tools()).noneMatch(ToolResult::passed);
        assertThat(card.indicators())
                .filteredOn(IndicatorResult::passed)
                .extracting(IndicatorResult::code)
                .containsExactly("3", "6");
        assertThat(card.indicators())
                .extracting(IndicatorResult::toolCode)
                .containsExactly("IIT", "IIT", "IIT", "IIT", "IIT", "EIT", "EIT", "EIT", "OIT", "OIT");
        assertThat(card.indicators())
                .allMatch(
                        result -> result.change() == null && result.trend() == null && result.previousScore() == null);
        assertThat(card.indicators().get(9).nameTh()).isEqualTo("การป้องกันการทุจริต");
    }

    @Test
    void thaPhae2567AgainstThaPhae2566() {
        ScoreCard card = Scoring.score(FY2567, Scores.of(Scores.THA_PHAE_2567), Scores.of(Scores.THA_PHAE_2566));

        IndicatorResult eight = card.indicators().get(7);
        assertThat(eight.code()).isEqualTo("8");
        assertThat(eight.previousScore()).isEqualTo(new BigDecimal("68.90"));
        assertThat(eight.change()).isEqualTo(new BigDecimal("-3.70"));
        assertThat(eight.trend()).isEqualTo(Trend.DECREASED);
        assertThat(eight.trend().labelTh()).isEqualTo("ลดลง");
        assertThat(card.indicators())
                .extracting(IndicatorResult::trend)
                .containsExactly(
                        Trend.DECREASED,
                        Trend.INCREASED,
                        Trend.INCREASED,
                        Trend.DECREASED,
                        Trend.INCREASED,
                        Trend.INCREASED,
                        Trend.INCREASED,
                        Trend.DECREASED,
                        Trend.DECREASED,
                        Trend.DECREASED);
        assertThat(card.indicators().get(9).change()).isEqualTo(new BigDecimal("-24.16"));
    }

    @Test
    void thaPhae2566KnownAnswer() {
        ScoreCard card = Scoring.score(FY2566, Scores.of(Scores.THA_PHAE_2566), null);

        assertThat(card.overall()).isEqualTo(new BigDecimal("74.73"));
        assertThat(card.overallExact().toPlainString()).startsWith("74.733");
        assertThat(card.level().labelTh()).isEqualTo("ต้องปรับปรุง");
        assertThat(card.level().code()).isEqualTo("IMPROVE");
        assertThat(card.passed()).isFalse();
        assertThat(card.indicators())
                .filteredOn(IndicatorResult::passed)
                .extracting(IndicatorResult::code)
                .containsExactly("1");
    }

    @ParameterizedTest(name = "all indicators {0} → {1}")
    @CsvSource({
        "100, EXCELLENT",
        "95.00, EXCELLENT",
        "95, EXCELLENT",
        "94.99, GOOD",
        "85.00, GOOD",
        "84.99, IMPROVE",
        "75, IMPROVE",
        "74.99, IMPROVE",
        "70.00, IMPROVE",
        "69.99, URGENT",
        "0, URGENT"
    })
    void thaiLabelBandEdges(String score, String level) {
        ScoreCard card = Scoring.score(FY2567, Scores.all(score), null);
        assertThat(card.overall()).isEqualByComparingTo(score);
        assertThat(card.level().code()).isEqualTo(level);
        assertThat(card.passed()).isEqualTo(card.level().passed());
    }

    @ParameterizedTest(name = "all indicators {0} → {1}")
    @CsvSource({
        "100, AA",
        "95, AA",
        "94.99, A",
        "85.00, A",
        "84.99, B",
        "75.00, B",
        "74.99, C",
        "65, C",
        "64.99, D",
        "55, D",
        "54.99, E",
        "50, E",
        "49.99, F",
        "0, F"
    })
    void letterBandEdges(String score, String level) {
        ScoreCard card = Scoring.score(FY2564, Scores.all(score), null);
        assertThat(card.level().code()).isEqualTo(level);
        assertThat(card.passed()).isEqualTo("AA".equals(level) || "A".equals(level));
    }

    @Test
    void overallPassesButOneToolBelow85IsPassNotGood() {
        ScoreCard card = Scoring.score(FY2567, Scores.byTool("80", "90", "90"), null);
        assertThat(card.overall()).isEqualByComparingTo("87");
        assertThat(card.level().labelTh()).isEqualTo("ผ่าน");
        assertThat(card.passed()).isTrue();
        assertThat(card.tools()).extracting(ToolResult::passed).containsExactly(false, true, true);
    }

    @Test
    void overallAbove95WithOneToolAt94_99IsGoodNotExcellent() {
        ScoreCard card = Scoring.score(FY2567, Scores.byTool("94.99", "100", "100"), null);
        assertThat(card.overall()).isEqualTo(new BigDecimal("98.50"));
        assertThat(card.level().labelTh()).isEqualTo("ผ่านดี");
    }

    @Test
    void oneLowToolPullsTheOverallBelow85() {
        ScoreCard card = Scoring.score(FY2567, Scores.byTool("100", "100", "60"), null);
        assertThat(card.overall()).isEqualTo(new BigDecimal("84.00"));
        assertThat(card.level().labelTh()).isEqualTo("ต้องปรับปรุง");
    }

    @Test
    void levelUsesTheRoundedFigures() {
        // OIT mean 84.995 rounds to 85.00 and the overall 84.998 to 85.00: on paper every figure reads 85.00.
        Map<String, BigDecimal> scores = Scores.of("85 85 85 85 85 85 85 85 84.99 85.00");
        ScoreCard card = Scoring.score(FY2567, scores, null);
        assertThat(card.overallExact()).isEqualByComparingTo("84.998");
        assertThat(card.overall()).isEqualTo(new BigDecimal("85.00"));
        assertThat(card.tools().get(2).mean()).isEqualTo(new BigDecimal("85.00"));
        assertThat(card.tools().get(2).passed()).isTrue();
        assertThat(card.level().labelTh()).isEqualTo("ผ่านดี");
    }

    @Test
    void aToolRoundingTo84_99KeepsTheLevelAtPass() {
        Map<String, BigDecimal> scores = Scores.of("85 85 85 85 85 85 85 85 84.98 85.00");
        ScoreCard card = Scoring.score(FY2567, scores, null);
        assertThat(card.overall()).isEqualTo(new BigDecimal("85.00"));
        assertThat(card.tools().get(2).mean()).isEqualTo(new BigDecimal("84.99"));
        assertThat(card.level().labelTh()).isEqualTo("ผ่าน");
    }

    @Test
    void roundsHalfUp() {
        // Both exact figures end in 5 at the third decimal, where HALF_UP and HALF_EVEN differ.
        ScoreCard card = Scoring.score(FY2564, Scores.byTool("84.95", "85", "85"), null);
        assertThat(card.overallExact()).isEqualByComparingTo("84.985");
        assertThat(card.overall()).isEqualTo(new BigDecimal("84.99"));
        ScoreCard oit = Scoring.score(FY2564, Scores.of("85 85 85 85 85 85 85 85 84.98 84.99"), null);
        assertThat(oit.tools().get(2).mean()).isEqualTo(new BigDecimal("84.99"));
    }

    @Test
    void indicatorPassesAtExactlyThePassMark() {
        ScoreCard card = Scoring.score(FY2567, Scores.of("85 84.99 85.00 100 0 85 85 85 85 85"), null);
        assertThat(card.indicators())
                .extracting(IndicatorResult::passed)
                .containsExactly(true, false, true, true, false, true, true, true, true, true);
    }

    @Test
    void changesOnlyForIndicatorsPresentInBothYears() {
        ScoreCard card = Scoring.score(
                FY2567,
                Scores.all("80"),
                Map.of(
                        "1",
                        new BigDecimal("80.00"),
                        "9",
                        new BigDecimal("70"),
                        "9.1",
                        new BigDecimal("10"),
                        "99",
                        BigDecimal.ONE));
        assertThat(card.indicators().get(0).change()).isEqualByComparingTo("0");
        assertThat(card.indicators().get(0).trend()).isEqualTo(Trend.UNCHANGED);
        assertThat(card.indicators().get(8).change()).isEqualTo(new BigDecimal("10"));
        assertThat(card.indicators().get(8).trend()).isEqualTo(Trend.INCREASED);
        assertThat(card.indicators())
                .filteredOn(result -> result.change() != null)
                .hasSize(2);
    }

    @Test
    void refusesInvalidScores() {
        Map<String, BigDecimal> scores = Scores.of("80 80 80 80 80 80 80 80 80");
        assertThatThrownBy(() -> Scoring.score(FY2567, scores, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("indicators.10: score is missing");
    }

    @Test
    void changeIsTheExactDifference() {
        assertThat(Scoring.change(new BigDecimal("65.20"), new BigDecimal("68.90")))
                .isEqualTo(new BigDecimal("-3.70"));
        assertThat(Scoring.change(new BigDecimal("65.2"), new BigDecimal("65.20")))
                .isEqualByComparingTo("0");
    }
}
