package th.prongsai.web.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.Problem;

/**
 * A form's errors by field, for the error summary at the top (each linking to its field) and the message
 * next to the field. A value is a message key, or the API's own Thai text where it gave one.
 */
public final class FormErrors {

    private static final List<Map.Entry<Pattern, String>> KNOWN = List.of(
            Map.entry(Pattern.compile("must not be (blank|null|empty)"), "error.field.required"),
            Map.entry(Pattern.compile("size must be between.*"), "error.field.length"),
            Map.entry(
                    Pattern.compile(
                            "must be greater than or equal to.*|must be less than or equal to.*|must be between.*"),
                    "error.field.range"),
            Map.entry(Pattern.compile("must be a well-formed.*|must match.*"), "error.field.format"));

    private final Map<String, Message> byField;
    private final Message general;

    private FormErrors(Map<String, Message> byField, Message general) {
        this.byField = byField;
        this.general = general;
    }

    /** A message key to resolve, or a literal text when {@code key} is null. */
    public record Message(String key, String text) {}

    public static FormErrors none() {
        return new FormErrors(Map.of(), null);
    }

    public static FormErrors of(String field, String messageKey) {
        return new FormErrors(Map.of(field, new Message(messageKey, null)), null);
    }

    /** The API's field errors, translated where they are bean-validation texts; the problem's detail otherwise. */
    public static FormErrors from(ApiException e) {
        Map<String, Message> fields = new LinkedHashMap<>();
        // a refusal of its own ("wrong-current-password") carries its Thai detail; bean validation only English texts
        boolean ownRefusal =
                !"validation".equals(e.problem().slug()) && e.problem().detail() != null;
        for (Problem.FieldError error : e.fieldErrors()) {
            fields.putIfAbsent(
                    error.field(), ownRefusal ? new Message(null, e.problem().detail()) : translate(error.message()));
        }
        Message general = fields.isEmpty() ? new Message(null, e.problem().detail()) : null;
        return new FormErrors(fields, general);
    }

    private static Message translate(String message) {
        for (var known : KNOWN) {
            if (known.getKey().matcher(message).matches()) {
                return new Message(known.getValue(), null);
            }
        }
        return new Message(null, message);
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    public boolean has(String field) {
        return byField.containsKey(field)
                || byField.keySet().stream().anyMatch(f -> f.startsWith(field + ".") || f.startsWith(field + "["));
    }

    /** The first error of the field or of one of its parts ({@code steps[2]}, {@code indicators.3}). */
    public Message get(String field) {
        Message exact = byField.get(field);
        if (exact != null) {
            return exact;
        }
        return byField.entrySet().stream()
                .filter(en -> en.getKey().startsWith(field + ".") || en.getKey().startsWith(field + "["))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    public List<Map.Entry<String, Message>> all() {
        List<Map.Entry<String, Message>> all = new ArrayList<>(byField.entrySet());
        if (general != null) {
            all.add(Map.entry("", general));
        }
        return all;
    }

    public Message general() {
        return general;
    }
}
