package th.prongsai.ita.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** A small valid framework built in code, for tests that break one rule at a time. */
final class FrameworkFixtures {

    private FrameworkFixtures() {}

    static Framework small() {
        return new Framework(
                2567,
                "กรอบทดสอบ",
                new BigDecimal("85"),
                new Rounding(2, RoundingMode.HALF_UP),
                List.of(
                        new Tool(
                                "IIT",
                                "ภายใน",
                                "Internal",
                                new BigDecimal("60"),
                                List.of(new Indicator("1", "หนึ่ง", "One", List.of()))),
                        new Tool(
                                "OIT",
                                "เปิดเผย",
                                "Open",
                                new BigDecimal("40"),
                                List.of(new Indicator(
                                        "9", "เก้า", "Nine", List.of(new SubIndicator("9.1", "ย่อย", "Sub")))))),
                new LevelScheme(
                        "S",
                        List.of(
                                new Level("TOP", "ดี", "Good", new BigDecimal("85"), new BigDecimal("85"), true),
                                new Level("MID", "ผ่าน", "Pass", new BigDecimal("85"), null, true),
                                new Level("LOW", "ไม่ผ่าน", "Fail", BigDecimal.ZERO, null, false))));
    }

    static Framework withTools(Framework f, List<Tool> tools) {
        return new Framework(f.fiscalYear(), f.nameTh(), f.passMark(), f.rounding(), tools, f.levelScheme());
    }

    static Framework withLevels(Framework f, List<Level> levels) {
        return new Framework(
                f.fiscalYear(),
                f.nameTh(),
                f.passMark(),
                f.rounding(),
                f.tools(),
                new LevelScheme(f.levelScheme().code(), levels));
    }
}
