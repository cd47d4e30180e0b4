package th.prongsai.web.scores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.prongsai.web.layout.FormErrors.Message;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.Problem;

/**
 * The scores form's errors by field ({@code indicators.3}, {@code publishedOverall}, …) in Thai: the API names
 * the fields and says what is wrong in English, so its known sentences become message keys here. It answers the
 * same questions as {@code FormErrors}, so the shared error summary and field-error fragments render it.
 */
final class ScoreErrors {

    private static final Map<String, String> KNOWN = Map.of(
            "has the wrong type or format", "scores.error.format",
            "score must be between 0 and 100", "scores.error.range",
            "score must have at most 2 decimals", "scores.error.decimals",
            "score is missing", "scores.error.missing",
            "score must not be null", "scores.error.missing",
            "must be between 0 and 100 with at most 2 decimals", "scores.error.overall");

    private final Map<String, Message> byField;
    private final Message general;

    private ScoreErrors(Map<String, Message> byField, Message general) {
        this.byField = byField;
        this.general = general;
    }

    static ScoreErrors none() {
        return new ScoreErrors(Map.of(), null);
    }

    static ScoreErrors general(String messageKey) {
        return new ScoreErrors(Map.of(), new Message(messageKey, null));
    }

    static ScoreErrors from(ApiException e) {
        Map<String, Message> fields = new LinkedHashMap<>();
        for (Problem.FieldError error : e.fieldErrors()) {
            fields.putIfAbsent(error.field(), translate(error.field(), error.message()));
        }
        return new ScoreErrors(
                fields, fields.isEmpty() ? new Message(null, e.problem().detail()) : null);
    }

    private static Message translate(String field, String message) {
        String key = KNOWN.get(message);
        if (key == null && "publishedLevel".equals(field) && message.startsWith("must be one of")) {
            key = "scores.error.level";
        }
        return key != null ? new Message(key, null) : new Message(null, message);
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Message get(String field) {
        return byField.get(field);
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
