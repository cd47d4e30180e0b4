package th.prongsai.web.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.Problem;

/**
 * The errors of the measure pages' forms, keyed by the id of the input they belong to ({@code methodSteps-2},
 * {@code evidenceLinks-0-url}), so the summary links to the right input and the message sits next to it. The API
 * names fields after its JSON ({@code methodSteps[2]}, {@code progressNotes[0].note}); list indexes are those of
 * the request, which {@link #from} maps back to the rows of the form (blank rows are not sent).
 */
final class FieldErrors {

    /** One error: the input's id, its label (a message key with the row's 1-based number) and the message. */
    public record Issue(String anchor, String labelKey, Integer row, FormErrors.Message message) {}

    private static final Pattern API_FIELD = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

    private static final List<Map.Entry<Pattern, String>> KNOWN = List.of(
            Map.entry(Pattern.compile("must not be (blank|null|empty)"), "error.field.required"),
            Map.entry(Pattern.compile("size must be between.*"), "error.field.length"),
            Map.entry(
                    Pattern.compile(
                            "must be greater than.*|must be less than.*|must be between.*|must be greater than 0"),
                    "error.field.range"),
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
            Map.entry(Pattern.compile("must not contain control characters.*"), "measures.error.control"));

    /** Lists of rows, whose labels carry the row's number. */
    private static final List<String> ROWS = List.of("methodSteps", "progressNotes", "evidenceLinks");

    private final Map<String, Issue> byAnchor = new LinkedHashMap<>();
    private FormErrors.Message general;

    static FieldErrors none() {
        return new FieldErrors();
    }

    /** The API's refusal, with the request's list indexes turned back into the form's rows. */
    static FieldErrors from(ApiException e, Map<String, IntUnaryOperator> rowOfIndex) {
        FieldErrors errors = new FieldErrors();
        for (Problem.FieldError error : e.fieldErrors()) {
            errors.addApi(error.field(), error.message(), rowOfIndex);
        }
        if (!errors.any()) {
            errors.general = new FormErrors.Message(null, e.problem().detail());
        }
        return errors;
    }

    static FieldErrors from(ApiException e) {
        return from(e, Map.of());
    }

    /** An error the page found itself, by the input's id and a message key. */
    FieldErrors add(String anchor, String labelKey, Integer row, String messageKey) {
        byAnchor.putIfAbsent(anchor, new Issue(anchor, labelKey, row, new FormErrors.Message(messageKey, null)));
        return this;
    }

    /** An error in the API's own Thai words (a 409 or 413 detail). */
    FieldErrors addText(String anchor, String labelKey, String text) {
        byAnchor.putIfAbsent(anchor, new Issue(anchor, labelKey, null, new FormErrors.Message(null, text)));
        return this;
    }

    FieldErrors general(String messageKey) {
        general = new FormErrors.Message(messageKey, null);
        return this;
    }

    private void addApi(String field, String message, Map<String, IntUnaryOperator> rowOfIndex) {
        Matcher m = API_FIELD.matcher(field == null ? "" : field);
        if (!m.matches()) {
            general = new FormErrors.Message(null, message);
            return;
        }
        String base = m.group(1);
        String part = m.group(3);
        Integer row = null;
        if (m.group(2) != null) {
            int index = Integer.parseInt(m.group(2));
            row = rowOfIndex.getOrDefault(base, i -> i).applyAsInt(index);
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
        byAnchor.putIfAbsent(
                anchor, new Issue(anchor, labelKey, group || row == null ? null : row + 1, translate(message)));
    }

    private static FormErrors.Message translate(String message) {
        for (var known : KNOWN) {
            if (message != null && known.getKey().matcher(message).matches()) {
                return new FormErrors.Message(known.getValue(), null);
            }
        }
        return new FormErrors.Message(null, message);
    }

    public boolean any() {
        return !byAnchor.isEmpty() || general != null;
    }

    public boolean has(String anchor) {
        return byAnchor.containsKey(anchor);
    }

    public FormErrors.Message get(String anchor) {
        Issue issue = byAnchor.get(anchor);
        return issue == null ? null : issue.message();
    }

    public List<Issue> all() {
        return new ArrayList<>(byAnchor.values());
    }

    public FormErrors.Message general() {
        return general;
    }
}
