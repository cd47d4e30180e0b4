package th.prongsai.ita.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static th.prongsai.ita.framework.FrameworkFixtures.small;
import static th.prongsai.ita.framework.FrameworkFixtures.withLevels;
import static th.prongsai.ita.framework.FrameworkFixtures.withTools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameworkValidatorTest {

    private final Framework valid = small();

    @Test
    void acceptsAValidFramework() {
        assertThat(FrameworkValidator.validate(valid)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(FrameworkValidator.validate(null))
                .extracting(Violation::field)
                .containsExactly("framework");
    }

    @ParameterizedTest
    @ValueSource(ints = {2499, 2701, 0, 2024})
    void refusesFiscalYearsOutside2500To2700(int year) {
        Framework f = new Framework(
                year, valid.nameTh(), valid.passMark(), valid.rounding(), valid.tools(), valid.levelScheme());
        assertThat(fields(f)).containsExactly("fiscalYear");
    }

    @ParameterizedTest
    @ValueSource(ints = {2500, 2700})
    void acceptsTheEdgeYears(int year) {
        Framework f = new Framework(
                year, valid.nameTh(), valid.passMark(), valid.rounding(), valid.tools(), valid.levelScheme());
        assertThat(fields(f)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01"})
    void refusesPassMarksOutside0To100(String passMark) {
        Framework f = new Framework(
                2567, "x", new BigDecimal(passMark), valid.rounding(), valid.tools(), valid.levelScheme());
        assertThat(fields(f)).containsExactly("passMark");
    }

    @Test
    void refusesBlankNameMissingPassMarkAndRounding() {
        Framework f = new Framework(2567, " ", null, null, valid.tools(), valid.levelScheme());
        assertThat(fields(f)).containsExactly("nameTh", "passMark", "rounding");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5})
    void refusesRoundingScalesOutside0To4(int scale) {
        Framework f = new Framework(
                2567,
                "x",
                valid.passMark(),
                new Rounding(scale, RoundingMode.HALF_UP),
                valid.tools(),
                valid.levelScheme());
        assertThat(fields(f)).containsExactly("rounding.scale");
    }

    @Test
    void refusesRoundingModeUnnecessaryOrMissing() {
        Framework unnecessary = new Framework(
                2567,
                "x",
                valid.passMark(),
                new Rounding(2, RoundingMode.UNNECESSARY),
                valid.tools(),
                valid.levelScheme());
        Framework missing =
                new Framework(2567, "x", valid.passMark(), new Rounding(2, null), valid.tools(), valid.levelScheme());
        assertThat(fields(unnecessary)).containsExactly("rounding.mode");
        assertThat(fields(missing)).containsExactly("rounding.mode");
    }

    @Test
    void refusesWeightsThatDoNotAddUpTo100() {
        Tool first = valid.tools().get(0);
        Framework f = withTools(
                valid,
                List.of(
                        new Tool(
                                first.code(),
                                first.nameTh(),
                                first.nameEn(),
                                new BigDecimal("60.01"),
                                first.indicators()),
                        valid.tools().get(1)));
        assertThat(FrameworkValidator.validate(f))
                .containsExactly(new Violation("tools", "weights must add up to exactly 100, not 100.01"));
    }

    @Test
    void acceptsWeightsAddingUpTo100AtAnyScale() {
        Tool first = valid.tools().get(0);
        Tool second = valid.tools().get(1);
        Framework f = withTools(
                valid,
                List.of(
                        new Tool(
                                first.code(),
                                first.nameTh(),
                                first.nameEn(),
                                new BigDecimal("60.000"),
                                first.indicators()),
                        new Tool(
                                second.code(),
                                second.nameTh(),
                                second.nameEn(),
                                new BigDecimal("40.0"),
                                second.indicators())));
        assertThat(fields(f)).isEmpty();
    }

    @Test
    void refusesZeroNegativeAndMissingWeights() {
        Tool first = valid.tools().get(0);
        Tool second = valid.tools().get(1);
        Framework zero = withTools(
                valid,
                List.of(
                        new Tool(
                                first.code(),
                                first.nameTh(),
                                first.nameEn(),
                                new BigDecimal("100"),
                                first.indicators()),
                        new Tool(
                                second.code(),
                                second.nameTh(),
                                second.nameEn(),
                                BigDecimal.ZERO,
                                second.indicators())));
        Framework negative = withTools(
                valid,
                List.of(
                        new Tool(
                                first.code(),
                                first.nameTh(),
                                first.nameEn(),
                                new BigDecimal("110"),
                                first.indicators()),
                        new Tool(
                                second.code(),
                                second.nameTh(),
                                second.nameEn(),
                                new BigDecimal("-10"),
                                second.indicators())));
        Framework missing = withTools(
                valid,
                List.of(new Tool(first.code(), first.nameTh(), first.nameEn(), null, first.indicators()), second));
        assertThat(fields(zero)).containsExactly("tools[1].weight");
        assertThat(fields(negative)).containsExactly("tools[1].weight");
        assertThat(fields(missing)).containsExactly("tools[0].weight");
    }

    @Test
    void refusesNoToolsAndToolsWithoutIndicators() {
        assertThat(fields(withTools(valid, List.of()))).containsExactly("tools");
        Tool first = valid.tools().get(0);
        Framework empty = withTools(
                valid,
                List.of(
                        new Tool(first.code(), first.nameTh(), first.nameEn(), first.weight(), List.of()),
                        valid.tools().get(1)));
        assertThat(fields(empty)).containsExactly("tools[0].indicators");
    }

    @Test
    void refusesDuplicateCodesAcrossTheFramework() {
        Tool first = valid.tools().get(0);
        Tool second = valid.tools().get(1);
        Framework duplicateIndicator = withTools(
                valid,
                List.of(
                        first,
                        new Tool(
                                second.code(),
                                second.nameTh(),
                                second.nameEn(),
                                second.weight(),
                                List.of(new Indicator("1", "ซ้ำ", "Duplicate", List.of())))));
        Framework duplicateTool = withTools(
                valid,
                List.of(
                        first,
                        new Tool("IIT", second.nameTh(), second.nameEn(), second.weight(), second.indicators())));
        Framework duplicateSub = withTools(
                valid,
                List.of(
                        first,
                        new Tool(
                                second.code(),
                                second.nameTh(),
                                second.nameEn(),
                                second.weight(),
                                List.of(new Indicator(
                                        "9",
                                        "เก้า",
                                        "Nine",
                                        List.of(
                                                new SubIndicator("9.1", "ก", "A"),
                                                new SubIndicator("9.1", "ข", "B")))))));
        assertThat(FrameworkValidator.validate(duplicateIndicator))
                .containsExactly(new Violation("tools[1].indicators[0].code", "code \"1\" is used more than once"));
        assertThat(fields(duplicateTool)).containsExactly("tools[1].code");
        assertThat(fields(duplicateSub)).containsExactly("tools[1].indicators[0].subIndicators[1].code");
    }

    @Test
    void refusesSubIndicatorCodesNotStartingWithTheirIndicator() {
        Tool second = valid.tools().get(1);
        Framework f = withTools(
                valid,
                List.of(
                        valid.tools().get(0),
                        new Tool(
                                second.code(),
                                second.nameTh(),
                                second.nameEn(),
                                second.weight(),
                                List.of(new Indicator(
                                        "9", "เก้า", "Nine", List.of(new SubIndicator("91", "ก", "A")))))));
        assertThat(FrameworkValidator.validate(f))
                .containsExactly(
                        new Violation("tools[1].indicators[0].subIndicators[0].code", "must start with \"9.\""));
    }

    @Test
    void refusesBlankCodesAndNames() {
        Framework f = withTools(
                valid,
                List.of(
                        new Tool("", "", "x", new BigDecimal("60"), List.of(new Indicator(" ", "x", "", List.of()))),
                        new Tool(
                                "OIT",
                                "x",
                                "x",
                                new BigDecimal("40"),
                                List.of(new Indicator("9", "x", "x", List.of(new SubIndicator("9.1", "", null)))))));
        assertThat(fields(f))
                .containsExactly(
                        "tools[0].code",
                        "tools[0].nameTh",
                        "tools[0].indicators[0].code",
                        "tools[0].indicators[0].nameEn",
                        "tools[1].indicators[0].subIndicators[0].nameTh",
                        "tools[1].indicators[0].subIndicators[0].nameEn");
    }

    @Test
    void refusesAMissingOrEmptyLevelScheme() {
        Framework noScheme = new Framework(2567, "x", valid.passMark(), valid.rounding(), valid.tools(), null);
        assertThat(fields(noScheme)).containsExactly("levelScheme");
        assertThat(fields(withLevels(valid, List.of()))).containsExactly("levelScheme.levels");
    }

    @Test
    void refusesDuplicateLevelCodes() {
        List<Level> levels = new ArrayList<>(valid.levelScheme().levels());
        Level low = levels.get(2);
        levels.set(2, new Level("TOP", low.labelTh(), low.labelEn(), low.minOverall(), null, false));
        assertThat(fields(withLevels(valid, levels))).containsExactly("levelScheme.levels[2].code");
    }

    @Test
    void refusesLevelsNotOrderedBestFirst() {
        List<Level> levels = List.of(level("B", "75", null), level("A", "85", null), level("F", "0", null));
        assertThat(FrameworkValidator.validate(withLevels(valid, levels)))
                .containsExactly(
                        new Violation("levelScheme.levels[1].minOverall", "levels must be ordered best first"));
    }

    @Test
    void refusesTwoLevelsWithTheSameBand() {
        List<Level> levels = List.of(level("A", "85", null), level("A2", "85", null), level("F", "0", null));
        assertThat(fields(withLevels(valid, levels))).containsExactly("levelScheme.levels[1].minOverall");
    }

    @Test
    void refusesASameOverallLevelWithALooserToolConditionFirst() {
        List<Level> looserFirst = List.of(level("PASS", "85", null), level("GOOD", "85", "85"), level("F", "0", null));
        List<Level> lowerToolFirst =
                List.of(level("GOOD", "85", "80"), level("BETTER", "85", "90"), level("F", "0", null));
        assertThat(fields(withLevels(valid, looserFirst))).containsExactly("levelScheme.levels[1].minOverall");
        assertThat(fields(withLevels(valid, lowerToolFirst))).containsExactly("levelScheme.levels[1].minOverall");
    }

    @Test
    void acceptsAStricterToolConditionAtTheSameOverall() {
        List<Level> levels = List.of(
                level("GOOD", "85", "90"), level("FAIR", "85", "85"), level("PASS", "85", null), level("F", "0", null));
        assertThat(fields(withLevels(valid, levels))).isEmpty();
    }

    @Test
    void refusesLevelMinimumsOutside0To100() {
        List<Level> levels = List.of(level("A", "100.01", "-1"), level("F", "0", null));
        assertThat(fields(withLevels(valid, levels)))
                .containsExactly("levelScheme.levels[0].minOverall", "levelScheme.levels[0].minEachTool");
    }

    @Test
    void requiresTheLastLevelToCoverFromZeroWithoutToolCondition() {
        List<Level> gap = List.of(level("A", "85", null), level("F", "0.01", null));
        List<Level> toolCondition = List.of(level("A", "85", null), level("F", "0", "10"));
        assertThat(fields(withLevels(valid, gap))).containsExactly("levelScheme.levels[1].minOverall");
        assertThat(fields(withLevels(valid, toolCondition))).containsExactly("levelScheme.levels[1].minEachTool");
    }

    @Test
    void acceptsASingleLevelFromZero() {
        assertThat(fields(withLevels(valid, List.of(level("ALL", "0", null))))).isEmpty();
    }

    @Test
    void reportsEveryViolationAtOnce() {
        Framework f = new Framework(
                1,
                "",
                new BigDecimal("101"),
                new Rounding(9, RoundingMode.HALF_UP),
                List.of(),
                new LevelScheme("", List.of(level("F", "5", "5"))));
        assertThat(fields(f))
                .containsExactly(
                        "fiscalYear",
                        "nameTh",
                        "passMark",
                        "rounding.scale",
                        "tools",
                        "levelScheme.code",
                        "levelScheme.levels[0].minOverall",
                        "levelScheme.levels[0].minEachTool");
    }

    private static Level level(String code, String minOverall, String minEachTool) {
        return new Level(
                code,
                "ระดับ " + code,
                "Level " + code,
                new BigDecimal(minOverall),
                minEachTool == null ? null : new BigDecimal(minEachTool),
                false);
    }

    private static List<String> fields(Framework f) {
        return FrameworkValidator.validate(f).stream().map(Violation::field).toList();
    }
}
