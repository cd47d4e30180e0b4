package th.prongsai.web.national;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.Problem;

/**
 * A console form's errors with one Thai message per field: the API names the fields (its texts are English
 * bean-validation messages), the page says in Thai what each field needs. Same shape as {@link FormErrors},
 * so the shared error summary and field-error fragments render it.
 */
final class FieldErrors {

    private final Map<String, FormErrors.Message> byField = new LinkedHashMap<>();
    private FormErrors.Message general;

    static FieldErrors none() {
        return new FieldErrors();
    }

    /** The API's field errors: each field of {@code known} gets the key {@code prefix + field}, others the API's text. */
    static FieldErrors from(ApiException e, String prefix, Set<String> known) {
        FieldErrors errors = new FieldErrors();
        for (Problem.FieldError error : e.fieldErrors()) {
            String field = error.field().contains(".")
                    ? error.field().substring(error.field().lastIndexOf('.') + 1)
                    : error.field();
            errors.byField.putIfAbsent(
                    field,
                    known.contains(field)
                            ? new FormErrors.Message(prefix + field, null)
                            : new FormErrors.Message(null, error.message()));
        }
        if (errors.byField.isEmpty()) {
            errors.general = new FormErrors.Message(null, e.problem().detail());
        }
        return errors;
    }

    /** The summary lists the errors in the order of the form's fields, whatever order the API named them in. */
    FieldErrors inOrder(List<String> fields) {
        Map<String, FormErrors.Message> sorted = new LinkedHashMap<>();
        fields.stream().filter(byField::containsKey).forEach(f -> sorted.put(f, byField.get(f)));
        sorted.putAll(byField);
        byField.clear();
        byField.putAll(sorted);
        return this;
    }

    FieldErrors add(String field, String key) {
        byField.put(field, new FormErrors.Message(key, null));
        return this;
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public FormErrors.Message get(String field) {
        return byField.get(field);
    }

    public List<Map.Entry<String, FormErrors.Message>> all() {
        List<Map.Entry<String, FormErrors.Message>> all = new ArrayList<>(byField.entrySet());
        if (general != null) {
            all.add(Map.entry("", general));
        }
        return all;
    }
}
