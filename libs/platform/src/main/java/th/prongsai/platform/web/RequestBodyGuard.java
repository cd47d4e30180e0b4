package th.prongsai.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body before anything else does: larger than its path's limit → 413, JSON that is not strict UTF-8
 * (overlong forms such as {@code C0 AF} for "/", encoded surrogates) → 400. Jackson alone would decode those.
 * Multipart bodies are left to the servlet container's multipart limits ({@code spring.servlet.multipart.*}).
 */
public class RequestBodyGuard extends OncePerRequestFilter {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final DataSize defaultLimit;
    private final Map<String, DataSize> limits;
    private final JsonMapper json;

    public RequestBodyGuard(DataSize defaultLimit, Map<String, DataSize> limits, JsonMapper json) {
        this.defaultLimit = defaultLimit;
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (declared <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        long limit = limitFor(request.getRequestURI()).toBytes();
        if (declared > limit) {
            tooLarge(request, response, limit);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit + 1);
        if (body.length > limit) {
            tooLarge(request, response, limit);
            return;
        }
        if (isJson(type) && InputText.utf8(body).isEmpty()) {
            ServletProblems.write(
                    json,
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "invalid-encoding",
                    "Request body is not valid UTF-8",
                    "เนื้อหาคำขอต้องเป็นข้อความ UTF-8 ที่ถูกต้อง");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    DataSize limitFor(String path) {
        for (Map.Entry<String, DataSize> entry : limits.entrySet()) {
            if (PATHS.match(entry.getKey(), path)) {
                return entry.getValue();
            }
        }
        return defaultLimit;
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        // The client may still be sending; closing keeps an unread body from being parsed as the next request.
        response.setHeader("Connection", "close");
        ServletProblems.write(
                json,
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                "payload-too-large",
                "Request body too large",
                "เนื้อหาคำขอมีขนาดเกิน " + DataSize.ofBytes(limit).toKilobytes() + " KB");
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || type.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < max && (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - out.size()))) > 0) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** The request with its body already read into memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read before the request reached the handler");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(), encoding == null ? StandardCharsets.UTF_8.name() : encoding));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
