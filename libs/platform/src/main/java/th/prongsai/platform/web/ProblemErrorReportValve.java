package th.prongsai.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own error page, for what it refuses before Spring sees the request (a path with {@code %00} or an
 * encoded {@code /}): the platform's problem instead of Tomcat's HTML. Everything Spring handles never gets here.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.shared();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        boolean client = status < 500;
        var problem = Problems.of(
                HttpStatus.valueOf(known == null ? (client ? 400 : 500) : status),
                client ? "bad-request" : "internal-error",
                known == null ? "Error " + status : known.getReasonPhrase(),
                client
                        ? "คำขอไม่ถูกต้อง ตรวจสอบที่อยู่ (URL) และเนื้อหาที่ส่ง"
                        : "เกิดข้อผิดพลาดภายในระบบ กรุณาลองใหม่อีกครั้ง");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", status);
        body.put("detail", problem.getDetail());
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing left to tell
        }
    }
}
