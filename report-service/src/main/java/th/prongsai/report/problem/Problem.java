package th.prongsai.report.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal that becomes RFC 9457 problem JSON: English {@code title}, Thai {@code detail}, and for
 * validation the offending fields.
 */
public class Problem extends RuntimeException {

    /** One invalid field of a request. */
    public record FieldError(String field, String message) {
    }

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public Problem(HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public Problem(HttpStatus status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public static Problem notFound(String what) {
        return new Problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "ไม่พบ" + what);
    }

    public static Problem invalid(String field, String message) {
        return new Problem(HttpStatus.BAD_REQUEST, "validation", "Validation failed",
                "ข้อมูลที่ส่งมาไม่ถูกต้อง กรุณาตรวจสอบรายการใน errors",
                List.of(new FieldError(field, message)));
    }

    public static Problem conflict(String type, String title, String detail) {
        return new Problem(HttpStatus.CONFLICT, type, title, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
