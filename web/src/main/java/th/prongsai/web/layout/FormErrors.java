package th.prongsai.web.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.Problem;

/**
 * A form's errors, the one kind every page uses: the error summary at the top (each line linking to its input,
 * {@code fragments :: error-summary}) and the message next to a field ({@code fragments :: field-error}). A field
 * is the form's name for an input ({@code username}, {@code indicators.3}, {@code methodSteps-2}); a message is a
 * message key, or the API's own Thai text where it gave one. A feature says how it reads the API's field errors
 * (its own sentences, its own field names) through a {@link Reading}; the rest is the same for all.
 */
public final class FormErrors {

    /** A message key to resolve, or a literal text when {@code key} is null. */
    public record Message(String key, String text) {

        public static Message ofKey(String key) {
            return new Message(key, null);
        }

        public static Message ofText(String text) {
            return new Message(null, text);
        }
    }

    /**
     * One line of the summary: the field it belongs to (null for a line of the whole form), the input it links to
     * (null for none), its label ({@code labelKey} with {@code labelArg}, such as a row's number; without a key the
     * label is {@code field.<field>}) and the message.
     */
    public record Issue(String field, String anchor, String labelKey, Object labelArg, Message message) {

        public Issue with(Message other) {
            return new Issue(field, anchor, labelKey, labelArg, other);
        }
    }

    /** How a form reads one of the API's field errors, given the standard reading of it. */
    @FunctionalInterface
    public interface Reading {
        Issue read(Problem.FieldError error, Issue standard);
    }

    /** Bean validation's English sentences as the common messages; a feature adds its own in front. */
    public static final List<Map.Entry<Pattern, String>> VALIDATION = List.of(
            Map.entry(Pattern.compile("must not be (blank|null|empty)"), "error.field.required"),
            Map.entry(Pattern.compile("size must be between.*"), "error.field.length"),
            Map.entry(
                    Pattern.compile("must be greater than.*|must be less than.*|must be between.*"),
                    "error.field.range"),
            Map.entry(Pattern.compile("must be a well-formed.*|must match.*"), "error.field.format"));

    /** The input id of a field in most forms: {@code steps[2]} → {@code steps-2}; dots stay. */
    private static final UnaryOperator<String> PLAIN_IDS =
            field -> field.replace('[', '-').replace("]", "");

    private final UnaryOperator<String> ids;
    private final boolean partsRollUp;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<String, Message> byField = new LinkedHashMap<>();
    private Message general;

    private FormErrors(UnaryOperator<String> ids, boolean partsRollUp) {
        this.ids = ids;
        this.partsRollUp = partsRollUp;
    }

    public static FormErrors none() {
        return new FormErrors(PLAIN_IDS, true);
    }

    /**
     * No errors yet, for a form whose inputs are named by paths with ids of their own ({@code tools[0].weight} in
     * {@code tools-0-weight}); there an error of a whole list ({@code tools}) is the list's, not its items'.
     */
    public static FormErrors namedBy(UnaryOperator<String> ids) {
        return new FormErrors(ids, false);
    }

    public static FormErrors of(String field, String messageKey) {
        return none().add(field, messageKey);
    }

    /** Errors of the page's own (checked before the API is asked), each a message key. */
    public static FormErrors of(Map<String, String> keysByField) {
        FormErrors errors = none();
        keysByField.forEach(errors::add);
        return errors;
    }

    /** A message for the whole form. */
    public static FormErrors general(String messageKey) {
        FormErrors errors = none();
        errors.general = Message.ofKey(messageKey);
        return errors;
    }

    /** The API's field errors, translated where they are bean-validation texts; the problem's detail otherwise. */
    public static FormErrors from(ApiException e) {
        return from(e, (error, standard) -> standard);
    }

    /**
     * The API's errors; a field whose top-level name is in {@code ownWords} gets the page's own message
     * {@code <keyPrefix><field>} (a username's letters, a code's pattern: rules a person should read in Thai).
     */
    public static FormErrors from(ApiException e, String keyPrefix, Set<String> ownWords) {
        return from(e, (error, standard) -> {
            String top = error.field().replaceAll("[\\[.].*$", "");
            return ownWords.contains(top) ? standard.with(Message.ofKey(keyPrefix + top)) : standard;
        });
    }

    /**
     * The API's errors as {@code reading} reads each (null leaves it out); the problem's detail when none is left.
     * The standard reading keeps the API's field, translates {@link #VALIDATION} texts, and gives a refusal of the
     * API's own ({@code wrong-current-password}) its Thai detail, since bean validation has only English texts.
     */
    public static FormErrors from(ApiException e, Reading reading) {
        FormErrors errors = none();
        boolean ownRefusal =
                !"validation".equals(e.problem().slug()) && e.problem().detail() != null;
        for (Problem.FieldError error : e.fieldErrors()) {
            Message message =
                    ownRefusal ? Message.ofText(e.problem().detail()) : translate(error.message(), VALIDATION);
            Issue issue = reading.read(error, errors.issue(error.field(), message));
            if (issue != null) {
                errors.add(issue);
            }
        }
        if (!errors.any()) {
            errors.general = Message.ofText(e.problem().detail());
        }
        return errors;
    }

    /** The first of {@code known} that matches the whole text, as its message key; the text itself otherwise. */
    public static Message translate(String text, List<Map.Entry<Pattern, String>> known) {
        for (var entry : known) {
            if (text != null && entry.getKey().matcher(text).matches()) {
                return Message.ofKey(entry.getValue());
            }
        }
        return Message.ofText(text);
    }

    /** {@code own} in front of the common sentences. */
    public static List<Map.Entry<Pattern, String>> withValidation(List<Map.Entry<Pattern, String>> own) {
        return Stream.concat(own.stream(), VALIDATION.stream()).toList();
    }

    /** An issue of {@code field}, linked to its input and labelled {@code field.<field>}. */
    public Issue issue(String field, Message message) {
        return new Issue(field, field == null ? null : ids.apply(field), null, null, message);
    }

    public FormErrors add(String field, String messageKey) {
        return add(issue(field, Message.ofKey(messageKey)));
    }

    /** An error by the input's id, its label (a message key with the row's 1-based number, or null) and a key. */
    public FormErrors add(String anchor, String labelKey, Integer row, String messageKey) {
        return add(new Issue(anchor, anchor, labelKey, row, Message.ofKey(messageKey)));
    }

    /** An error in the API's own Thai words (a 409 or 413 detail), by the input's id and its label. */
    public FormErrors addText(String anchor, String labelKey, String text) {
        return add(new Issue(anchor, anchor, labelKey, null, Message.ofText(text)));
    }

    /** The first error of a field is the one shown; one without a field is the form's general message. */
    public FormErrors add(Issue issue) {
        if (issue.field() == null) {
            if (general == null) {
                general = issue.message();
            }
        } else if (!byField.containsKey(issue.field())) {
            byField.put(issue.field(), issue.message());
            issues.add(issue);
        }
        return this;
    }

    /** Every error its own line of the summary; a field with several shows their texts one after the other. */
    public FormErrors addEach(Issue issue) {
        issues.add(issue);
        if (issue.field() != null) {
            byField.merge(issue.field(), issue.message(), (a, b) -> Message.ofText(a.text() + " " + b.text()));
        }
        return this;
    }

    /** The summary lists the errors in the order of the form's fields, whatever order the API named them in. */
    public FormErrors inOrder(List<String> fields) {
        List<Issue> sorted = new ArrayList<>();
        fields.forEach(f -> issues.stream().filter(i -> f.equals(i.field())).forEach(sorted::add));
        issues.stream().filter(i -> !sorted.contains(i)).forEach(sorted::add);
        issues.clear();
        issues.addAll(sorted);
        return this;
    }

    public boolean any() {
        return !issues.isEmpty() || general != null;
    }

    /** Whether the field has an error, or (in most forms) one of its parts ({@code steps[2]}, {@code indicators.3}). */
    public boolean has(String field) {
        return get(field) != null;
    }

    /** The error of the field, or the first of one of its parts. */
    public Message get(String field) {
        Message exact = byField.get(field);
        if (exact != null || !partsRollUp) {
            return exact;
        }
        return byField.entrySet().stream()
                .filter(en -> en.getKey().startsWith(field + ".") || en.getKey().startsWith(field + "["))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The summary's lines, the general message last. */
    public List<Issue> all() {
        List<Issue> all = new ArrayList<>(issues);
        if (general != null) {
            all.add(new Issue(null, null, null, null, general));
        }
        return all;
    }

    public Message general() {
        return general;
    }

    /** For templates: the input id of a field. */
    public String idOf(String field) {
        return ids.apply(field);
    }
}
