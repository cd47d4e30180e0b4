package th.prongsai.ita.framework;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The bands that turn scores into a level: "LETTERS" (AA…F, up to 2565) or "THAI_LABELS" (ผ่านดีเยี่ยม…
 * ต้องปรับปรุงโดยด่วน, from 2566). Levels are listed best first; the first one that matches wins.
 */
public record LevelScheme(String code, List<Level> levels) {

    public LevelScheme {
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /**
     * The first level whose overall and per-tool minimums are met.
     *
     * @throws IllegalArgumentException when no level matches (a validated scheme always matches 0–100)
     */
    public Level classify(BigDecimal overall, Collection<BigDecimal> toolMeans) {
        Objects.requireNonNull(overall, "overall");
        Objects.requireNonNull(toolMeans, "toolMeans");
        return levels.stream()
                .filter(level -> level.matches(overall, toolMeans))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "no level of scheme " + code + " matches overall " + overall + " and tool means " + toolMeans));
    }
}
