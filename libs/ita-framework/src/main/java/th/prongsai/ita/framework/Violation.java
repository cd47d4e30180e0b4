package th.prongsai.ita.framework;

/**
 * One broken rule, found by a validator.
 *
 * @param field   where the problem is, e.g. "tools[0].weight" or "indicators.3"
 * @param message what is wrong, in English
 */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
