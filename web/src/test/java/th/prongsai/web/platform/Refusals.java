package th.prongsai.web.platform;

import java.util.List;
import java.util.Map;

/** The API's refusals as the pages meet them, for tests of how a form reads them. */
public final class Refusals {

    private Refusals() {}

    /** A 400 with the problem of {@code slug} ("validation", "wrong-current-password", …) and these field errors. */
    public static ApiException invalid(String slug, String detail, Problem.FieldError... errors) {
        return ApiException.of(400, problem(slug, detail, errors));
    }

    public static Problem problem(String slug, String detail, Problem.FieldError... errors) {
        return new Problem("https://prongsai.th/problems/" + slug, "Invalid", detail, List.of(errors), Map.of());
    }

    public static Problem.FieldError error(String field, String message) {
        return new Problem.FieldError(field, message);
    }
}
