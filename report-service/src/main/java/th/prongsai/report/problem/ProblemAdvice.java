package th.prongsai.report.problem;

import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import th.prongsai.tenancy.web.Problems;

/**
 * The report-service's own refusals as problem JSON. Generic cases (body validation, unreadable JSON,
 * optimistic-lock conflicts, 401/403) are left to libs/tenancy's {@code PlatformExceptionHandler}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(Problem.class)
    ProblemDetail problem(Problem problem) {
        return body(problem.status(), problem.type(), problem.title(), problem.getMessage(), problem.errors());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalidConstraints(ConstraintViolationException e) {
        return validation(e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String type = e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName().toLowerCase();
        return validation(List.of(new Problem.FieldError(e.getName(), "must be a valid " + type)));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        log.info("Refused a write that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        return body(HttpStatus.CONFLICT, "constraint-violation", "Conflict",
                "ข้อมูลขัดแย้งกับข้อมูลที่มีอยู่แล้ว", List.of());
    }

    private static ProblemDetail validation(List<Problem.FieldError> errors) {
        return body(HttpStatus.BAD_REQUEST, "validation", "Validation failed",
                "ข้อมูลที่ส่งมาไม่ถูกต้อง กรุณาตรวจสอบรายการใน errors",
                errors.stream().sorted(Comparator.comparing(Problem.FieldError::field)).toList());
    }

    private static ProblemDetail body(HttpStatus status, String type, String title, String detail,
            List<Problem.FieldError> errors) {
        ProblemDetail problem = Problems.of(status, type, title, detail);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
