package th.prongsai.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;

/**
 * An error a person reads: English title, Thai detail, rendered as RFC 9457 problem JSON by the
 * platform advice. The one exception type services throw for their own refusals.
 */
public class ApiProblem extends ErrorResponseException {

    public ApiProblem(HttpStatusCode status, String slug, String title, String detail) {
        super(status, Problems.of(status, slug, title, detail), null);
    }

    public static ApiProblem notFound(String whatInThai) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", "ไม่พบ" + whatInThai);
    }

    /** A 400 naming one invalid field, shaped like bean-validation failures. */
    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Validation failed", Problems.VALIDATION_DETAIL)
                .withProperty("errors", List.of(Problems.fieldError(field, message)));
    }

    /** A 400 listing every invalid field at once ({@link Problems#fieldError} entries). */
    public static ApiProblem invalid(List<Map<String, String>> errors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Validation failed", Problems.VALIDATION_DETAIL)
                .withProperty("errors", List.copyOf(errors));
    }

    /** A 403 saying, in Thai, what this caller may not do. */
    public static ApiProblem forbidden(String detailInThai) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detailInThai);
    }

    public static ApiProblem conflict(String slug, String title, String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, slug, title, detail);
    }

    public ApiProblem withProperty(String name, Object value) {
        getBody().setProperty(name, value);
        return this;
    }

    public ApiProblem withHeader(String name, String value) {
        getHeaders().set(name, value);
        return this;
    }
}
