package th.prongsai.web.measures;

import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.layout.FormErrors.Issue;
import th.prongsai.web.layout.FormErrors.Message;
import th.prongsai.web.platform.ApiException;

/**
 * How the measure pages read the API's refusals: by the id of the input an error belongs to ({@code methodSteps-2},
 * {@code evidenceLinks-0-url}), so the summary links to the right input and the message sits next to it. The API
 * names fields after its JSON ({@code methodSteps[2]}, {@code progressNotes[0].note}); list indexes are those of
 * the request, which {@link #from} maps back to the rows of the form (blank rows are not sent).
 */
final class MeasureErrors {

    private static final Pattern API_FIELD = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

    private static final List<Map.Entry<Pattern, String>> KNOWN = FormErrors.withValidation(List.of(
            Map.entry(Pattern.compile("must be an absolute http or https address"), "measures.error.url"),
            Map.entry(Pattern.compile("must be given together with.*"), "measures.error.period.both"),
            Map.entry(Pattern.compile("must not be before startMonth"), "measures.error.period.order"),
            Map.entry(Pattern.compile("the period must overlap.*"), "measures.error.period.overlap"),
            Map.entry(Pattern.compile("must not be (before|after) .*six months.*"), "measures.error.period.slack"),
            Map.entry(Pattern.compile("is not a theme of.*"), "measures.error.theme"),
            Map.entry(Pattern.compile("unknown department ids.*"), "measures.error.departments"),
            Map.entry(
                    Pattern.compile(
                            "is not an indicator of.*|.*has no ITA framework yet.*|must be an ITA indicator code.*"),
                    "measures.error.indicator"),
            Map.entry(Pattern.compile("must not contain control characters.*"), "measures.error.control")));

    /** Lists of rows, whose labels carry the row's number. */
    private static final List<String> ROWS = List.of("methodSteps", "progressNotes", "evidenceLinks");

    private MeasureErrors() {}

    /** The API's refusal, with the request's list indexes turned back into the form's rows. */
    static FormErrors from(ApiException e, Map<String, IntUnaryOperator> rowOfIndex) {
        return FormErrors.from(e, (error, standard) -> {
            Message message = FormErrors.translate(error.message(), KNOWN);
            if (message.key() == null) {
                message = standard.message();
            }
            Matcher m = API_FIELD.matcher(error.field() == null ? "" : error.field());
            if (!m.matches()) {
                return new Issue(null, null, null, null, message);
            }
            String base = m.group(1);
            String part = m.group(3);
            Integer row = null;
            if (m.group(2) != null) {
                row = rowOfIndex.getOrDefault(base, i -> i).applyAsInt(Integer.parseInt(m.group(2)));
            }
            // Choices (checkboxes) have one anchor for the whole group; a bad index there names no input of its own.
            boolean group = base.equals("indicatorCodes") || base.equals("departmentIds");
            String anchor = group || row == null
                    ? base + (part == null ? "" : "-" + part)
                    : base + "-" + row + (part == null ? "" : "-" + part);
            String labelKey = "measures.field." + base + (part == null ? "" : "." + part);
            if (row == null && ROWS.contains(base)) {
                labelKey = "measures.field." + base + ".legend";
            }
            return new Issue(anchor, anchor, labelKey, group || row == null ? null : row + 1, message);
        });
    }

    static FormErrors from(ApiException e) {
        return from(e, Map.of());
    }
}
