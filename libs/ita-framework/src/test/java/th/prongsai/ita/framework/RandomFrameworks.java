package th.prongsai.ita.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/** Random but valid frameworks for property tests: any number of tools, weights, indicators and bands. */
public final class RandomFrameworks {

    private static final String[] WORDS = {
        "การปฏิบัติหน้าที่",
        "ตัวชี้วัด \"พิเศษ\"",
        "back\\slash",
        "tab\there",
        "ภาษาไทย ๑๒๓",
        "Use of budget",
        "emoji \uD83D\uDE00",
        "line\nbreak"
    };
    private static final RoundingMode[] MODES = {
        RoundingMode.HALF_UP,
        RoundingMode.HALF_EVEN,
        RoundingMode.HALF_DOWN,
        RoundingMode.UP,
        RoundingMode.DOWN,
        RoundingMode.CEILING,
        RoundingMode.FLOOR
    };

    private RandomFrameworks() {}

    public static Framework framework(Random random) {
        int toolCount = 1 + random.nextInt(4);
        List<BigDecimal> weights = weights(random, toolCount);
        List<Tool> tools = new ArrayList<>();
        int nextIndicator = 1;
        for (int t = 0; t < toolCount; t++) {
            List<Indicator> indicators = new ArrayList<>();
            int indicatorCount = 1 + random.nextInt(6);
            for (int i = 0; i < indicatorCount; i++) {
                String code = String.valueOf(nextIndicator++);
                List<SubIndicator> subs = new ArrayList<>();
                for (int s = 1, n = random.nextInt(4); s <= n; s++) {
                    subs.add(new SubIndicator(code + "." + s, name(random), name(random)));
                }
                indicators.add(new Indicator(code, name(random), name(random), subs));
            }
            tools.add(new Tool("T" + t, name(random), name(random), weights.get(t), indicators));
        }
        return new Framework(
                2500 + random.nextInt(201),
                name(random),
                percentage(random),
                new Rounding(random.nextInt(5), MODES[random.nextInt(MODES.length)]),
                tools,
                levelScheme(random));
    }

    /** Positive weights in hundredths adding up to exactly 100, some written without decimals. */
    private static List<BigDecimal> weights(Random random, int count) {
        TreeSet<Integer> cuts = new TreeSet<>();
        while (cuts.size() < count - 1) {
            cuts.add(1 + random.nextInt(9_999));
        }
        List<BigDecimal> weights = new ArrayList<>();
        int previous = 0;
        for (int cut : cuts) {
            weights.add(hundredths(random, cut - previous));
            previous = cut;
        }
        weights.add(hundredths(random, 10_000 - previous));
        return weights;
    }

    private static LevelScheme levelScheme(Random random) {
        int count = 1 + random.nextInt(6);
        TreeSet<Integer> minimums = new TreeSet<>();
        while (minimums.size() < count - 1) {
            minimums.add(1 + random.nextInt(10_000));
        }
        List<Level> levels = new ArrayList<>();
        int index = 0;
        for (int minimum : minimums.descendingSet()) {
            BigDecimal eachTool = random.nextBoolean() ? null : percentage(random);
            levels.add(new Level(
                    "L" + index++,
                    name(random),
                    name(random),
                    hundredths(random, minimum),
                    eachTool,
                    random.nextBoolean()));
        }
        levels.add(new Level("L" + index, name(random), name(random), BigDecimal.ZERO, null, random.nextBoolean()));
        return new LevelScheme(random.nextBoolean() ? "LETTERS" : "SCHEME-" + random.nextInt(100), levels);
    }

    private static BigDecimal percentage(Random random) {
        return hundredths(random, random.nextInt(10_001));
    }

    /** A value in hundredths, at scale 2, or at scale 0 when it is whole and the coin says so. */
    private static BigDecimal hundredths(Random random, int hundredths) {
        BigDecimal value = BigDecimal.valueOf(hundredths, 2);
        return hundredths % 100 == 0 && random.nextBoolean() ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    private static String name(Random random) {
        return WORDS[random.nextInt(WORDS.length)] + " " + random.nextInt(1000);
    }
}
