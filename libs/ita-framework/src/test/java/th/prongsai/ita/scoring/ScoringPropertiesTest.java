package th.prongsai.ita.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import th.prongsai.ita.framework.BuiltInFrameworks;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.FrameworkValidator;
import th.prongsai.ita.framework.Indicator;
import th.prongsai.ita.framework.RandomFrameworks;

/** Properties of the scoring math, over built-in and random frameworks with random 2-decimal scores. */
class ScoringPropertiesTest {

    /** A framework with a valid score map for it. */
    record Case(Framework framework, Map<String, BigDecimal> scores) {}

    @Provide
    Arbitrary<Case> builtInCases() {
        return Arbitraries.randomValue(random -> {
            List<Framework> all = BuiltInFrameworks.all();
            Framework f = all.get(random.nextInt(all.size()));
            return new Case(f, randomScores(f, random));
        });
    }

    @Provide
    Arbitrary<Case> randomCases() {
        return Arbitraries.randomValue(random -> {
            Framework f = RandomFrameworks.framework(random);
            return new Case(f, randomScores(f, random));
        });
    }

    @Property
    void overallLiesBetweenTheLowestAndHighestToolMean(@ForAll("randomCases") Case c) {
        ScoreCard card = Scoring.score(c.framework(), c.scores(), null);
        BigDecimal min = card.tools().stream()
                .map(ToolResult::mean)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        BigDecimal max = card.tools().stream()
                .map(ToolResult::mean)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        assertThat(card.overall()).isBetween(min, max);
    }

    @Property
    void equalScoresGiveThatScore(
            @ForAll("randomCases") Case c, @ForAll @IntRange(min = 0, max = 10_000) int hundredths) {
        BigDecimal x = BigDecimal.valueOf(hundredths, 2);
        Map<String, BigDecimal> scores = new HashMap<>();
        c.framework().indicators().forEach(indicator -> scores.put(indicator.code(), x));
        ScoreCard card = Scoring.score(c.framework(), scores, null);
        assertThat(card.overallExact()).isEqualByComparingTo(x);
        assertThat(card.overall())
                .isEqualByComparingTo(x.setScale(
                        c.framework().rounding().scale(),
                        c.framework().rounding().mode()));
        assertThat(card.tools()).allSatisfy(tool -> assertThat(tool.mean()).isEqualByComparingTo(card.overall()));
    }

    @Property
    void raisingOneScoreNeverLowersTheOverall(
            @ForAll("builtInCases") Case c,
            @ForAll @IntRange(min = 0, max = 9) int index,
            @ForAll @IntRange(min = 1, max = 10_000) int raise) {
        String code = c.framework().indicators().get(index).code();
        Map<String, BigDecimal> raised = new HashMap<>(c.scores());
        BigDecimal hundred = BigDecimal.valueOf(100);
        raised.put(code, raised.get(code).add(BigDecimal.valueOf(raise, 2)).min(hundred));
        ScoreCard before = Scoring.score(c.framework(), c.scores(), null);
        ScoreCard after = Scoring.score(c.framework(), raised, null);
        assertThat(after.overallExact()).isGreaterThanOrEqualTo(before.overallExact());
        assertThat(after.overall()).isGreaterThanOrEqualTo(before.overall());
        assertThat(c.framework().levelScheme().levels().indexOf(after.level()))
                .isLessThanOrEqualTo(c.framework().levelScheme().levels().indexOf(before.level()));
    }

    @Property
    void changeIsAntisymmetricAndTrendFollowsItsSign(@ForAll("builtInCases") Case a, @ForAll long seed) {
        Framework f = a.framework();
        Map<String, BigDecimal> other = randomScores(f, new Random(seed));
        ScoreCard ab = Scoring.score(f, a.scores(), other);
        ScoreCard ba = Scoring.score(f, other, a.scores());
        for (int i = 0; i < ab.indicators().size(); i++) {
            IndicatorResult forward = ab.indicators().get(i);
            IndicatorResult backward = ba.indicators().get(i);
            assertThat(forward.change()).isEqualByComparingTo(backward.change().negate());
            assertThat(forward.change()).isEqualByComparingTo(forward.score().subtract(forward.previousScore()));
            assertThat(forward.trend()).isEqualTo(Trend.of(forward.change()));
            assertThat(backward.trend())
                    .isEqualTo(
                            switch (forward.trend()) {
                                case INCREASED -> Trend.DECREASED;
                                case DECREASED -> Trend.INCREASED;
                                case UNCHANGED -> Trend.UNCHANGED;
                            });
        }
    }

    @Property
    void passedFollowsTheRoundedFigures(@ForAll("builtInCases") Case c) {
        ScoreCard card = Scoring.score(c.framework(), c.scores(), null);
        assertThat(card.overall().scale()).isEqualTo(2);
        assertThat(card.overall()).isEqualByComparingTo(c.framework().rounding().apply(card.overallExact()));
        assertThat(card.level())
                .isEqualTo(c.framework()
                        .levelScheme()
                        .classify(
                                card.overall(),
                                card.tools().stream().map(ToolResult::mean).toList()));
        assertThat(card.passed()).isEqualTo(card.level().passed());
        assertThat(card.indicators())
                .allSatisfy(result -> assertThat(result.passed())
                        .isEqualTo(result.score().compareTo(c.framework().passMark()) >= 0));
    }

    @Property
    void validatorAcceptsEveryBuiltInYearAndItsScores(@ForAll("builtInCases") Case c) {
        assertThat(FrameworkValidator.validate(c.framework())).isEmpty();
        assertThat(ScoreValidator.validate(c.framework(), c.scores())).isEmpty();
    }

    private static Map<String, BigDecimal> randomScores(Framework f, Random random) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Indicator indicator : f.indicators()) {
            // Edges (0, 85, 100) come up often enough to matter.
            int hundredths = switch (random.nextInt(8)) {
                case 0 -> 0;
                case 1 -> 8_500;
                case 2 -> 10_000;
                default -> random.nextInt(10_001);
            };
            scores.put(indicator.code(), BigDecimal.valueOf(hundredths, 2));
        }
        return scores;
    }
}
