package th.prongsai.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.Problem;

/**
 * A form's errors as the shared fragments read them (the same methods as {@link FormErrors}), for forms whose
 * API answers English validation texts for rules a person should read in Thai (a username's letters, a code's
 * pattern): such a field gets this page's own message {@code <prefix>.error.<field>}; other fields and the
 * problem's Thai detail are shown as {@link FormErrors} shows them.
 */
final class Errors {

    private final Map<String, FormErrors.Message> byField;
    private final FormErrors.Message general;

    private Errors(Map<String, FormErrors.Message> byField, FormErrors.Message general) {
        this.byField = byField;
        this.general = general;
    }

    static Errors none() {
        return new Errors(Map.of(), null);
    }

    /** Errors of our own (checked before the API is asked), each a message key. */
    static Errors of(Map<String, String> keysByField) {
        Map<String, FormErrors.Message> fields = new LinkedHashMap<>();
        keysByField.forEach((field, key) -> fields.put(field, new FormErrors.Message(key, null)));
        return new Errors(fields, null);
    }

    static Errors general(String key) {
        return new Errors(Map.of(), new FormErrors.Message(key, null));
    }

    /** The API's errors; fields in {@code ownMessages} (top-level name) get {@code prefix.error.<field>}. */
    static Errors from(ApiException e, String prefix, Set<String> ownMessages) {
        FormErrors shared = FormErrors.from(e);
        Map<String, FormErrors.Message> fields = new LinkedHashMap<>();
        for (Problem.FieldError error : e.fieldErrors()) {
            String top = error.field().replaceAll("[\\[.].*$", "");
            fields.putIfAbsent(
                    error.field(),
                    ownMessages.contains(top)
                            ? new FormErrors.Message(prefix + ".error." + top, null)
                            : shared.get(error.field()));
        }
        return new Errors(
                fields,
                fields.isEmpty() ? new FormErrors.Message(null, e.problem().detail()) : null);
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    public boolean has(String field) {
        return byField.keySet().stream()
                .anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
    }

    public FormErrors.Message get(String field) {
        FormErrors.Message exact = byField.get(field);
        if (exact != null) {
            return exact;
        }
        return byField.entrySet().stream()
                .filter(en -> en.getKey().startsWith(field + ".") || en.getKey().startsWith(field + "["))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    public List<Map.Entry<String, FormErrors.Message>> all() {
        List<Map.Entry<String, FormErrors.Message>> all = new ArrayList<>(byField.entrySet());
        if (general != null) {
            all.add(Map.entry("", general));
        }
        return all;
    }

    public FormErrors.Message general() {
        return general;
    }
}
