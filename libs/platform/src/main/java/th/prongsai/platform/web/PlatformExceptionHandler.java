package th.prongsai.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The platform's last-resort mapping of exceptions to problem JSON. Ordered last so a service's own
 * {@code @RestControllerAdvice} (give it any higher precedence) handles its domain exceptions first.
 * Security exceptions are matched by class name so the advice also loads in a service without Spring Security,
 * and likewise optimistic-lock failures without JPA.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PlatformExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PlatformExceptionHandler.class);

    private static final List<String> OPTIMISTIC_LOCK = List.of(
            "org.springframework.dao.OptimisticLockingFailureException",
            "jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleStateException");
    private static final String ACCESS_DENIED = "org.springframework.security.access.AccessDeniedException";
    private static final String AUTHENTICATION = "org.springframework.security.core.AuthenticationException";
    private static final String DATA_INTEGRITY = "org.springframework.dao.DataIntegrityViolationException";
    private static final String CONSTRAINT_VIOLATION = "jakarta.validation.ConstraintViolationException";

    /** A multipart body without a boundary, with an empty one, or cut before its end; the upload limit is 413 below. */
    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<Object> malformedMultipart(MultipartException e) {
        log.info("Refused a malformed multipart request: {}", rootMessage(e));
        return problem(Problems.of(
                HttpStatus.BAD_REQUEST,
                "malformed-multipart",
                "Malformed multipart request",
                "ไฟล์ที่ส่งมาไม่ครบหรือรูปแบบคำขอไม่ถูกต้อง กรุณาส่งไฟล์ใหม่อีกครั้ง"));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e, WebRequest request) throws Exception {
        if (isA(e, ACCESS_DENIED)) {
            return problem(
                    Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "บัญชีนี้ไม่มีสิทธิ์ดำเนินการนี้"));
        }
        if (isA(e, AUTHENTICATION)) {
            return problem(Problems.of(
                    HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", "ต้องเข้าสู่ระบบด้วยโทเค็นที่ถูกต้อง"));
        }
        if (isA(e, CONSTRAINT_VIOLATION)) {
            return constraintViolations(e);
        }
        if (isA(e, DATA_INTEGRITY)) {
            // A unique key or foreign key the request broke; the database kept nothing.
            log.info("Refused a write that breaks a database constraint: {}", rootMessage(e));
            return problem(Problems.of(
                    HttpStatus.CONFLICT, "constraint-violation", "Conflict", "ข้อมูลขัดแย้งกับข้อมูลที่มีอยู่แล้ว"));
        }
        if (causedBy(e, OPTIMISTIC_LOCK)) {
            return problem(Problems.of(
                    HttpStatus.CONFLICT,
                    "concurrent-update",
                    "Concurrent update",
                    "ข้อมูลถูกแก้ไขโดยผู้อื่นในระหว่างนี้ กรุณาโหลดข้อมูลล่าสุดแล้วลองอีกครั้ง"));
        }
        String traceId = MDC.get("traceId");
        log.error("Unhandled exception (trace {})", traceId, e);
        ProblemDetail problem = Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Internal server error",
                "เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่อีกครั้ง หรือแจ้งผู้ดูแลพร้อมรหัสอ้างอิง");
        if (traceId != null) {
            problem.setProperty("traceId", traceId);
        }
        return problem(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(Problems.fieldError(error.getField(), error.getDefaultMessage()));
        }
        for (ObjectError error : e.getBindingResult().getGlobalErrors()) {
            errors.add(Problems.fieldError(error.getObjectName(), error.getDefaultMessage()));
        }
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> errors.add(Problems.fieldError(
                            error instanceof FieldError fieldError ? fieldError.getField() : name,
                            error.getDefaultMessage())));
        });
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String type = e.getRequiredType() == null
                ? "value"
                : e.getRequiredType().getSimpleName().toLowerCase();
        return validationProblem(
                List.of(Problems.fieldError(name == null ? "value" : name, "must be a valid " + type)));
    }

    /**
     * Every other exception Spring MVC knows (405, 406, 413, 415, 404 for an unknown path, a missing part or
     * parameter…) gets the platform's problem, with a {@code type} and a Thai detail, instead of Spring's default.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingServletRequestPartException missing) {
            return validationProblem(List.of(Problems.fieldError(missing.getRequestPartName(), "is required")));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return validationProblem(List.of(Problems.fieldError(missing.getParameterName(), "is required")));
        }
        Object problemBody =
                body == null && e instanceof org.springframework.web.ErrorResponse response ? response.getBody() : body;
        if (problemBody instanceof ProblemDetail given
                && given.getType() != null
                && given.getType().toString().startsWith(Problems.TYPE_BASE)) {
            return problemWith(headers, given); // already the platform's (ApiProblem)
        }
        ProblemDetail problem = problemFor(status);
        if (e instanceof ResponseStatusException thrown
                && !(e instanceof NoResourceFoundException)
                && thrown.getReason() != null) {
            problem.setDetail(thrown.getReason()); // a service's own words for its refusal
        }
        if (status.is5xxServerError() && status.value() != 503) {
            log.error("Request failed", e);
        }
        return problemWith(headers, problem);
    }

    private static ResponseEntity<Object> problemWith(HttpHeaders headers, ProblemDetail problem) {
        HttpHeaders kept = new HttpHeaders();
        kept.putAll(headers);
        kept.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(kept).body(problem);
    }

    static ProblemDetail problemFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> Problems.of(status, "unauthorized", "Unauthorized", "ต้องเข้าสู่ระบบด้วยโทเค็นที่ถูกต้อง");
            case 403 -> Problems.of(status, "forbidden", "Forbidden", "บัญชีนี้ไม่มีสิทธิ์ดำเนินการนี้");
            case 404 -> Problems.of(status, "not-found", "Not found", "ไม่พบสิ่งที่ขอ ตรวจสอบที่อยู่ (URL) อีกครั้ง");
            case 405 ->
                Problems.of(
                        status, "method-not-allowed", "Method not allowed", "ที่อยู่นี้ไม่รองรับการเรียกด้วยวิธีนี้");
            case 406 ->
                Problems.of(
                        status,
                        "not-acceptable",
                        "Not acceptable",
                        "ไม่มีเนื้อหาในรูปแบบที่ขอ (ตรวจสอบส่วนหัว Accept)");
            case 413 ->
                Problems.of(
                        status, "payload-too-large", "Request body too large", "ไฟล์หรือเนื้อหาคำขอมีขนาดเกินที่กำหนด");
            case 415 ->
                Problems.of(
                        status,
                        "unsupported-media-type",
                        "Unsupported media type",
                        "ไม่รองรับชนิดเนื้อหานี้ (ตรวจสอบส่วนหัว Content-Type)");
            case 503 ->
                Problems.of(
                        status, "unavailable", "Service unavailable", "ระบบยังไม่พร้อมให้บริการ กรุณาลองใหม่อีกครั้ง");
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                String slug = known == null
                        ? (status.is4xxClientError() ? "bad-request" : "internal-error")
                        : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                String title = known == null ? "Error " + status.value() : known.getReasonPhrase();
                yield Problems.of(
                        status,
                        slug,
                        title,
                        status.is4xxClientError()
                                ? "คำขอไม่ถูกต้อง"
                                : "เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่อีกครั้ง หรือแจ้งผู้ดูแลพร้อมรหัสอ้างอิง");
            }
        };
    }

    /** Bean validation on method parameters outside MVC's own (e.g. {@code @Validated} services). */
    private static ResponseEntity<Object> constraintViolations(Exception e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (var violation : ((jakarta.validation.ConstraintViolationException) e).getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            errors.add(Problems.fieldError(path.substring(path.lastIndexOf('.') + 1), violation.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(error -> error.get("field")));
        return validationProblem(errors);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = jsonPath(e);
        if (field != null) {
            // Well-formed JSON with a value of the wrong type or format: name the field like validation does.
            return validationProblem(List.of(
                    Problems.fieldError(field, textRefused(e) ? InputText.MESSAGE : "has the wrong type or format")));
        }
        return problem(Problems.of(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                "Malformed request body",
                "เนื้อหาคำขอไม่ใช่ JSON ที่ถูกต้องหรือมีชนิดข้อมูลไม่ตรงกับที่กำหนด"));
    }

    private static boolean textRefused(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException jackson
                    && jackson.getOriginalMessage() != null
                    && jackson.getOriginalMessage().startsWith(InputText.MESSAGE)) {
                return true;
            }
        }
        return false;
    }

    /** {@code measures[2].startMonth} for a Jackson binding failure that knows where it happened, else null. */
    private static String jsonPath(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException jackson
                    && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (tools.jackson.core.JacksonException.Reference reference : jackson.getPath()) {
                    if (reference.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
                    } else if (reference.getIndex() >= 0) {
                        path.append('[').append(reference.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    private static ResponseEntity<Object> validationProblem(List<Map<String, String>> errors) {
        ProblemDetail problem =
                Problems.of(HttpStatus.BAD_REQUEST, "validation", "Validation failed", Problems.VALIDATION_DETAIL);
        problem.setProperty("errors", errors);
        return problem(problem);
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean causedBy(Throwable e, List<String> classNames) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (String name : classNames) {
                if (isA(t, name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isA(Throwable e, String className) {
        for (Class<?> type = e.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
