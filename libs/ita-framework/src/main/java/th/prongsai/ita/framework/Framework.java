package th.prongsai.ita.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One fiscal year's ITA framework (กรอบการประเมิน ITA): its tools, indicators, pass mark, rounding and level scheme.
 * Frameworks are data (see {@link BuiltInFrameworks} and {@link FrameworkJson}), so a new year needs no code change.
 *
 * @param fiscalYear  the Buddhist-Era fiscal year (ปีงบประมาณ), e.g. 2567
 * @param nameTh      the official Thai title of that year's assessment
 * @param passMark    the score an indicator needs to pass (เกณฑ์ผ่าน), 85 in every built-in year
 * @param rounding    how published figures (tool means, overall) are rounded
 * @param tools       the assessment tools (IIT, EIT, OIT) in publication order
 * @param levelScheme the bands that turn the overall score into a level
 */
public record Framework(
        int fiscalYear,
        String nameTh,
        BigDecimal passMark,
        Rounding rounding,
        List<Tool> tools,
        LevelScheme levelScheme) {

    public Framework {
        tools = tools == null ? List.of() : List.copyOf(tools);
    }

    /** All indicators of the framework, in tool order. */
    public List<Indicator> indicators() {
        return tools.stream().flatMap(tool -> tool.indicators().stream()).toList();
    }

    /** The indicator with this code ("1".."10" in the built-in years). */
    public Optional<Indicator> indicator(String code) {
        return indicators().stream()
                .filter(indicator -> indicator.code().equals(code))
                .findFirst();
    }

    /** The tool an indicator belongs to. */
    public Optional<Tool> toolOf(String indicatorCode) {
        return tools.stream()
                .filter(tool -> tool.indicators().stream()
                        .anyMatch(indicator -> indicator.code().equals(indicatorCode)))
                .findFirst();
    }

    /** Whether the code names an indicator ("9") or a sub-indicator ("9.1") of this framework. */
    public boolean knowsCode(String code) {
        if (code == null) {
            return false;
        }
        return indicators().stream()
                .anyMatch(indicator -> indicator.code().equals(code)
                        || indicator.subIndicators().stream()
                                .anyMatch(sub -> sub.code().equals(code)));
    }
}
