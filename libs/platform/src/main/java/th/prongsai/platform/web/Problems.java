package th.prongsai.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the platform's RFC 9457 problems: an English title, a {@code type} under one base URI, a detail for people. */
public final class Problems {

    public static final String TYPE_BASE = "https://prongsai.th/problems/";
    /** Detail of every validation problem; the {@code errors} list says what is wrong. */
    public static final String VALIDATION_DETAIL = "ข้อมูลที่ส่งมาไม่ถูกต้อง กรุณาตรวจสอบรายการใน errors";

    private Problems() {}

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** One entry of a problem's {@code errors} list. */
    public static Map<String, String> fieldError(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message == null ? "invalid" : message);
        return error;
    }
}
