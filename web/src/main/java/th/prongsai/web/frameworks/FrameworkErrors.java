package th.prongsai.web.frameworks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import th.prongsai.web.layout.ApiTexts;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.layout.FormErrors.Issue;
import th.prongsai.web.layout.FormErrors.Message;
import th.prongsai.web.platform.Problem;

/**
 * How the framework form reads the validator's violations (English, by JSON path such as
 * {@code levelScheme.levels[2].minOverall}): Thai messages next to the form's inputs, and a summary line for each
 * violation whose link reaches that input.
 */
final class FrameworkErrors {

    private static final Pattern TOOL = Pattern.compile("tools\\[(\\d+)]\\.(code|nameTh|nameEn|weight|indicators)");
    private static final Pattern INDICATOR =
            Pattern.compile("tools\\[(\\d+)]\\.indicators\\[(\\d+)]\\.(code|nameTh|nameEn)");
    private static final Pattern SUB =
            Pattern.compile("tools\\[(\\d+)]\\.indicators\\[(\\d+)]\\.subIndicators\\[(\\d+)]\\.(code|nameTh|nameEn)");
    private static final Pattern LEVEL =
            Pattern.compile("levelScheme\\.levels\\[(\\d+)]\\.(code|labelTh|labelEn|minOverall|minEachTool|passed)");

    private static final List<Map.Entry<Pattern, String>> MESSAGES = List.of(
            Map.entry(Pattern.compile("weights must add up to exactly 100, not (.+)"), "fw.error.weights"),
            Map.entry(Pattern.compile("must not be blank|is missing|must not be null"), "fw.error.required"),
            Map.entry(Pattern.compile("must be greater than 0"), "fw.error.positive"),
            Map.entry(Pattern.compile("must be between 0 and 100"), "fw.error.percentage"),
            Map.entry(Pattern.compile("must be between 0 and (\\d+)"), "fw.error.scale"),
            Map.entry(Pattern.compile("must be a number"), "fw.error.number"),
            Map.entry(Pattern.compile("must be a whole number"), "fw.error.whole"),
            Map.entry(Pattern.compile("must be a Buddhist-Era year between (\\d+) and (\\d+)"), "fw.error.year"),
            Map.entry(Pattern.compile("must be (\\d+), the year in the path"), "fw.error.pathYear"),
            Map.entry(Pattern.compile("code \"(.*)\" is used more than once"), "fw.error.duplicate"),
            Map.entry(Pattern.compile("must start with \"(.*)\""), "fw.error.prefix"),
            Map.entry(Pattern.compile("levels must be ordered best first"), "fw.error.order"),
            Map.entry(Pattern.compile("the last level must start at 0.*"), "fw.error.lastZero"),
            Map.entry(Pattern.compile("the last level must have no tool condition"), "fw.error.lastNoTool"),
            Map.entry(Pattern.compile("must have at least one .*"), "fw.error.atLeastOne"),
            Map.entry(Pattern.compile("must not be UNNECESSARY|unknown rounding mode.*"), "fw.error.mode"),
            Map.entry(Pattern.compile("must be true or false"), "fw.error.boolean"),
            Map.entry(Pattern.compile("unknown field"), "fw.error.unknown"));
    private static final ApiTexts TEXTS = new ApiTexts(MESSAGES, "fw.error.other");

    private FrameworkErrors() {}

    static FormErrors none() {
        return FormErrors.namedBy(FrameworkErrors::id);
    }

    /** One error of the page's own (the year typed cannot be a path, the year exists already). */
    static FormErrors of(String field, String message) {
        return none().addEach(new Issue(field, anchor(field), "fw.label." + field, null, Message.ofText(message)));
    }

    /** The API's violations, each mapped to the form's input, translated, labelled for the summary. */
    static FormErrors from(Problem problem, FrameworkForm form, MessageSource messages, Locale locale) {
        FormErrors errors = none();
        for (Problem.FieldError error : problem.errors()) {
            String field = formField(error.field());
            String message = TEXTS.translate(error.message(), messages, locale);
            if (field == null) {
                errors.addEach(new Issue(null, null, null, null, Message.ofText(message + " (" + error.field() + ")")));
            } else {
                errors.addEach(label(field, form).with(Message.ofText(message)));
            }
        }
        if (!errors.any()) {
            errors.add(new Issue(null, null, null, null, Message.ofText(problem.detail())));
        }
        return errors;
    }

    /** The input id of a form path: {@code tools[0].weight} → {@code tools-0-weight}. */
    static String id(String field) {
        return field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    /** Where a summary link goes: the input itself, or the first input of a group error. */
    static String anchor(String field) {
        return switch (field) {
            case "tools" -> "tools-0-weight";
            case "levels" -> "levels-0-code";
            default -> field.endsWith(".indicators") ? id(field) + "-0-nameTh" : id(field);
        };
    }

    /** The form's path for the API's violation path, or null when no input holds it (an unknown field, "$"). */
    static String formField(String apiField) {
        if (apiField == null) {
            return null;
        }
        if (apiField.endsWith(".unknown") || apiField.equals("$")) {
            return null;
        }
        return switch (apiField) {
            case "fiscalYear", "nameTh", "passMark", "tools" -> apiField;
            case "rounding", "rounding.scale" -> "roundingScale";
            case "rounding.mode" -> "roundingMode";
            case "levelScheme", "levelScheme.code" -> "levelSchemeCode";
            case "levelScheme.levels" -> "levels";
            default -> {
                if (SUB.matcher(apiField).matches()
                        || INDICATOR.matcher(apiField).matches()
                        || TOOL.matcher(apiField).matches()) {
                    yield apiField;
                }
                Matcher level = LEVEL.matcher(apiField);
                if (level.matches()) {
                    yield "levels[" + level.group(1) + "]." + level.group(2);
                }
                yield null; // a whole tool, indicator or level missing: only the summary can say it
            }
        };
    }

    /** The field's issue without its message yet: the link to its input and its label (a key with the row's name). */
    private static Issue label(String field, FrameworkForm form) {
        Matcher m = SUB.matcher(field);
        if (m.matches()) {
            var sub = safe(() -> form.getTools()
                    .get(i(m, 1))
                    .getIndicators()
                    .get(i(m, 2))
                    .getSubIndicators()
                    .get(i(m, 3))
                    .getCode());
            return labelled(field, "fw.label.sub." + m.group(4), sub);
        }
        Matcher ind = INDICATOR.matcher(field);
        if (ind.matches()) {
            var code = safe(() -> form.getTools()
                    .get(i(ind, 1))
                    .getIndicators()
                    .get(i(ind, 2))
                    .getCode());
            return labelled(field, "fw.label.indicator." + ind.group(3), code);
        }
        Matcher tool = TOOL.matcher(field);
        if (tool.matches()) {
            var code = safe(() -> form.getTools().get(i(tool, 1)).getCode());
            return labelled(field, "fw.label.tool." + tool.group(2), code);
        }
        Matcher level = Pattern.compile("levels\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (level.matches()) {
            var name = safe(() -> form.getLevels().get(i(level, 1)).getLabelTh());
            return labelled(field, "fw.label.level." + level.group(2), name);
        }
        return labelled(field, "fw.label." + field, null);
    }

    private static Issue labelled(String field, String labelKey, String labelArg) {
        return new Issue(field, anchor(field), labelKey, labelArg, null);
    }

    private static int i(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String safe(Supplier<String> value) {
        try {
            String v = value.get();
            return v == null || v.isBlank() ? "?" : v;
        } catch (IndexOutOfBoundsException e) {
            return "?";
        }
    }
}
