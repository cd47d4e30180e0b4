package th.prongsai.web.platform;

import java.util.List;
import java.util.Map;

/** The platform's RFC 9457 problem as the pages read it: a Thai {@code detail} and the invalid fields. */
public record Problem(
        String type, String title, String detail, List<FieldError> errors, Map<String, Object> properties) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public record FieldError(String field, String message) {}

    /** The slug after the platform's problem base URI: "validation", "stale-version", … */
    public String slug() {
        if (type == null) {
            return "";
        }
        int slash = type.lastIndexOf('/');
        return slash < 0 ? type : type.substring(slash + 1);
    }

    static Problem unreachable(String detail) {
        return new Problem(
                "https://prongsai.th/problems/unreachable", "Platform unreachable", detail, List.of(), Map.of());
    }
}
