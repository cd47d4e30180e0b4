package th.prongsai.ita.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import th.prongsai.ita.thai.FiscalYears;

/**
 * The rules a framework must follow before it can score anything. Collects every violation rather than stopping at
 * the first, so an administrator fixing a new year's framework sees all problems at once.
 */
public final class FrameworkValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MIN_FISCAL_YEAR = 2500;
    private static final int MAX_FISCAL_YEAR = 2700;
    private static final int MAX_ROUNDING_SCALE = 4;
    /** An ITAS item code: a letter and digits ("o1", "O26"), no spaces, as ITAS prints it. */
    private static final Pattern OIT_CODE = Pattern.compile("[A-Za-z][A-Za-z0-9.-]{0,19}");

    private FrameworkValidator() {}

    /** Every rule the framework breaks; empty when it is valid. */
    public static List<Violation> validate(Framework f) {
        List<Violation> violations = new ArrayList<>();
        if (f == null) {
            violations.add(new Violation("framework", "must not be null"));
            return violations;
        }
        if (f.fiscalYear() < MIN_FISCAL_YEAR || f.fiscalYear() > MAX_FISCAL_YEAR) {
            violations.add(new Violation(
                    "fiscalYear",
                    "must be a Buddhist-Era year between " + MIN_FISCAL_YEAR + " and " + MAX_FISCAL_YEAR));
        }
        requireName(violations, "nameTh", f.nameTh());
        requirePercentage(violations, "passMark", f.passMark());
        validateRounding(violations, f.rounding());
        validateTools(violations, f.tools());
        validateLevels(violations, f.levelScheme());
        validateOitItems(violations, f);
        validateItasWindow(violations, f.fiscalYear(), f.itasWindow());
        if (f.oitNoteTh() != null && f.oitNoteTh().isBlank()) {
            violations.add(new Violation("oitNoteTh", "must be left out or not blank"));
        }
        return violations;
    }

    /** Unique codes, a Thai title and evidence, and a sub-indicator of tool OIT for every item. */
    private static void validateOitItems(List<Violation> violations, Framework f) {
        Set<String> subIndicators =
                f.oitSubIndicators().stream().map(SubIndicator::code).collect(Collectors.toSet());
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < f.oitItems().size(); i++) {
            String path = "oitItems[" + i + "]";
            OitItem item = f.oitItems().get(i);
            if (item == null) {
                violations.add(new Violation(path, "must not be null"));
                continue;
            }
            requireUniqueCode(violations, path + ".code", item.code(), codes);
            if (item.code() != null
                    && !item.code().isBlank()
                    && !OIT_CODE.matcher(item.code()).matches()) {
                violations.add(new Violation(path + ".code", "must be a letter and digits such as o1"));
            }
            requireName(violations, path + ".nameTh", item.nameTh());
            requireName(violations, path + ".evidenceTh", item.evidenceTh());
            if (item.subIndicator() == null || item.subIndicator().isBlank()) {
                violations.add(new Violation(path + ".subIndicator", "must not be blank"));
            } else if (!subIndicators.contains(item.subIndicator())) {
                violations.add(new Violation(
                        path + ".subIndicator",
                        "\"" + item.subIndicator() + "\" is not a sub-indicator of tool " + Framework.OIT_TOOL));
            }
        }
    }

    /** Both days given, opens on or before closes, and both inside the fiscal year (catches a CE/BE slip). */
    private static void validateItasWindow(List<Violation> violations, int fiscalYear, ItasWindow window) {
        if (window == null) {
            return;
        }
        if (window.opens() == null) {
            violations.add(new Violation("itasWindow.opens", "must not be null"));
        }
        if (window.closes() == null) {
            violations.add(new Violation("itasWindow.closes", "must not be null"));
        }
        if (window.opens() == null || window.closes() == null) {
            return;
        }
        if (window.opens().isAfter(window.closes())) {
            violations.add(new Violation("itasWindow.closes", "must not be before itasWindow.opens"));
        }
        if (fiscalYear < MIN_FISCAL_YEAR || fiscalYear > MAX_FISCAL_YEAR) {
            return;
        }
        var start = FiscalYears.start(fiscalYear);
        var end = FiscalYears.end(fiscalYear);
        if (window.opens().isBefore(start) || window.opens().isAfter(end)) {
            violations.add(new Violation(
                    "itasWindow.opens", "must lie in fiscal year " + fiscalYear + " (" + start + " to " + end + ")"));
        }
        if (window.closes().isBefore(start) || window.closes().isAfter(end)) {
            violations.add(new Violation(
                    "itasWindow.closes", "must lie in fiscal year " + fiscalYear + " (" + start + " to " + end + ")"));
        }
    }

    private static void validateRounding(List<Violation> violations, Rounding rounding) {
        if (rounding == null) {
            violations.add(new Violation("rounding", "must not be null"));
            return;
        }
        if (rounding.scale() < 0 || rounding.scale() > MAX_ROUNDING_SCALE) {
            violations.add(new Violation("rounding.scale", "must be between 0 and " + MAX_ROUNDING_SCALE));
        }
        if (rounding.mode() == null) {
            violations.add(new Violation("rounding.mode", "must not be null"));
        } else if (rounding.mode() == RoundingMode.UNNECESSARY) {
            // Means such as 236.80 / 3 are rarely exact, so UNNECESSARY would make scoring fail.
            violations.add(new Violation("rounding.mode", "must not be UNNECESSARY"));
        }
    }

    private static void validateTools(List<Violation> violations, List<Tool> tools) {
        if (tools.isEmpty()) {
            violations.add(new Violation("tools", "must have at least one tool"));
            return;
        }
        // Tool, indicator and sub-indicator codes share one namespace: knowsCode() and score maps look codes up flat.
        Set<String> codes = new HashSet<>();
        BigDecimal weightSum = BigDecimal.ZERO;
        boolean weightsComplete = true;
        for (int t = 0; t < tools.size(); t++) {
            String path = "tools[" + t + "]";
            Tool tool = tools.get(t);
            if (tool == null) {
                violations.add(new Violation(path, "must not be null"));
                weightsComplete = false;
                continue;
            }
            requireUniqueCode(violations, path + ".code", tool.code(), codes);
            requireName(violations, path + ".nameTh", tool.nameTh());
            requireName(violations, path + ".nameEn", tool.nameEn());
            if (tool.weight() == null) {
                violations.add(new Violation(path + ".weight", "must not be null"));
                weightsComplete = false;
            } else {
                if (tool.weight().signum() <= 0) {
                    violations.add(new Violation(path + ".weight", "must be greater than 0"));
                }
                weightSum = weightSum.add(tool.weight());
            }
            if (tool.indicators().isEmpty()) {
                violations.add(new Violation(path + ".indicators", "must have at least one indicator"));
            }
            for (int i = 0; i < tool.indicators().size(); i++) {
                validateIndicator(
                        violations,
                        path + ".indicators[" + i + "]",
                        tool.indicators().get(i),
                        codes);
            }
        }
        if (weightsComplete && weightSum.compareTo(HUNDRED) != 0) {
            violations.add(
                    new Violation("tools", "weights must add up to exactly 100, not " + weightSum.toPlainString()));
        }
    }

    private static void validateIndicator(
            List<Violation> violations, String path, Indicator indicator, Set<String> codes) {
        if (indicator == null) {
            violations.add(new Violation(path, "must not be null"));
            return;
        }
        requireUniqueCode(violations, path + ".code", indicator.code(), codes);
        requireName(violations, path + ".nameTh", indicator.nameTh());
        requireName(violations, path + ".nameEn", indicator.nameEn());
        for (int s = 0; s < indicator.subIndicators().size(); s++) {
            String subPath = path + ".subIndicators[" + s + "]";
            SubIndicator sub = indicator.subIndicators().get(s);
            if (sub == null) {
                violations.add(new Violation(subPath, "must not be null"));
                continue;
            }
            requireUniqueCode(violations, subPath + ".code", sub.code(), codes);
            if (sub.code() != null && indicator.code() != null && !sub.code().startsWith(indicator.code() + ".")) {
                violations.add(new Violation(subPath + ".code", "must start with \"" + indicator.code() + ".\""));
            }
            requireName(violations, subPath + ".nameTh", sub.nameTh());
            requireName(violations, subPath + ".nameEn", sub.nameEn());
        }
    }

    private static void validateLevels(List<Violation> violations, LevelScheme scheme) {
        if (scheme == null) {
            violations.add(new Violation("levelScheme", "must not be null"));
            return;
        }
        requireName(violations, "levelScheme.code", scheme.code());
        List<Level> levels = scheme.levels();
        if (levels.isEmpty()) {
            violations.add(new Violation("levelScheme.levels", "must have at least one level"));
            return;
        }
        Set<String> codes = new HashSet<>();
        Level previous = null;
        for (int l = 0; l < levels.size(); l++) {
            String path = "levelScheme.levels[" + l + "]";
            Level level = levels.get(l);
            if (level == null) {
                violations.add(new Violation(path, "must not be null"));
                previous = null;
                continue;
            }
            requireUniqueCode(violations, path + ".code", level.code(), codes);
            requireName(violations, path + ".labelTh", level.labelTh());
            requireName(violations, path + ".labelEn", level.labelEn());
            requirePercentage(violations, path + ".minOverall", level.minOverall());
            if (level.minEachTool() != null) {
                requirePercentage(violations, path + ".minEachTool", level.minEachTool());
            }
            if (previous != null
                    && previous.minOverall() != null
                    && level.minOverall() != null
                    && !isStricter(previous, level)) {
                violations.add(new Violation(path + ".minOverall", "levels must be ordered best first"));
            }
            previous = level;
        }
        Level last = levels.getLast();
        if (last != null) {
            String path = "levelScheme.levels[" + (levels.size() - 1) + "]";
            if (last.minOverall() != null && last.minOverall().signum() != 0) {
                violations.add(
                        new Violation(path + ".minOverall", "the last level must start at 0 so the bands cover 0–100"));
            }
            if (last.minEachTool() != null) {
                violations.add(new Violation(path + ".minEachTool", "the last level must have no tool condition"));
            }
        }
    }

    /**
     * Whether {@code better} is a stricter band than {@code worse}, so that both can be reached: a higher overall
     * minimum, or the same overall minimum with a stricter tool condition (ผ่านดี 85 + each tool 85 before ผ่าน 85).
     */
    private static boolean isStricter(Level better, Level worse) {
        int overall = better.minOverall().compareTo(worse.minOverall());
        if (overall != 0) {
            return overall > 0;
        }
        if (better.minEachTool() == null) {
            return false;
        }
        return worse.minEachTool() == null || better.minEachTool().compareTo(worse.minEachTool()) > 0;
    }

    private static void requireUniqueCode(List<Violation> violations, String field, String code, Set<String> seen) {
        if (code == null || code.isBlank()) {
            violations.add(new Violation(field, "must not be blank"));
        } else if (!seen.add(code)) {
            violations.add(new Violation(field, "code \"" + code + "\" is used more than once"));
        }
    }

    private static void requireName(List<Violation> violations, String field, String name) {
        if (name == null || name.isBlank()) {
            violations.add(new Violation(field, "must not be blank"));
        }
    }

    private static void requirePercentage(List<Violation> violations, String field, BigDecimal value) {
        if (value == null) {
            violations.add(new Violation(field, "must not be null"));
        } else if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            violations.add(new Violation(field, "must be between 0 and 100"));
        }
    }
}
