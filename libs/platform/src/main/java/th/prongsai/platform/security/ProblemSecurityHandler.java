package th.prongsai.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import th.prongsai.platform.web.ServletProblems;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers Spring Security's 401 and 403, and requests its firewall rejects (e.g. {@code ;} or encoded
 * {@code ..} in the path), with problem JSON instead of an empty body or Boot's error page.
 */
public class ProblemSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    private final JsonMapper json;

    public ProblemSecurityHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(
                request,
                response,
                HttpStatus.UNAUTHORIZED,
                "unauthorized",
                "Unauthorized",
                "ต้องเข้าสู่ระบบด้วยโทเค็นที่ถูกต้อง");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "บัญชีนี้ไม่มีสิทธิ์ดำเนินการนี้");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "request-rejected",
                "Request rejected",
                "รูปแบบที่อยู่ของคำขอไม่ได้รับอนุญาต");
    }

    private void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String slug,
            String title,
            String detail)
            throws IOException {
        ServletProblems.write(json, request, response, status, slug, title, detail);
    }
}
