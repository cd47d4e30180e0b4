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
 * @param oitItems    the OIT checklist in ITAS order; empty while the year's list is not known
 * @param itasWindow  when ITAS takes the OIT answers, or null when not known
 * @param oitNoteTh   where the year's OIT list comes from (e.g. that it is not confirmed), or null
 */
public record Framework(
        int fiscalYear,
        String nameTh,
        BigDecimal passMark,
        Rounding rounding,
        List<Tool> tools,
        LevelScheme levelScheme,
        List<OitItem> oitItems,
        ItasWindow itasWindow,
        String oitNoteTh) {

    /** The code of the tool whose sub-indicators the OIT items belong to. */
    public static final String OIT_TOOL = "OIT";

    public Framework {
        tools = tools == null ? List.of() : List.copyOf(tools);
        oitItems = oitItems == null ? List.of() : List.copyOf(oitItems);
    }

    /** A framework without OIT checklist or ITAS window (scoring needs neither). */
    public Framework(
            int fiscalYear,
            String nameTh,
            BigDecimal passMark,
            Rounding rounding,
            List<Tool> tools,
            LevelScheme levelScheme) {
        this(fiscalYear, nameTh, passMark, rounding, tools, levelScheme, List.of(), null, null);
    }

    /** The same framework with another OIT checklist, window and note. */
    public Framework withOit(List<OitItem> items, ItasWindow window, String noteTh) {
        return new Framework(fiscalYear, nameTh, passMark, rounding, tools, levelScheme, items, window, noteTh);
    }

    /** The OIT item with this code. */
    public Optional<OitItem> oitItem(String code) {
        return oitItems.stream().filter(item -> item.code().equals(code)).findFirst();
    }

    /** The sub-indicators of tool OIT, in order: the only ones an OIT item may name. */
    public List<SubIndicator> oitSubIndicators() {
        return tools.stream()
                .filter(tool -> tool != null && OIT_TOOL.equals(tool.code()))
                .flatMap(tool -> tool.indicators().stream())
                .filter(indicator -> indicator != null)
                .flatMap(indicator -> indicator.subIndicators().stream())
                .filter(sub -> sub != null)
                .toList();
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
