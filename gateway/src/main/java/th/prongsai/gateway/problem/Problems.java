package th.prongsai.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import th.prongsai.tenancy.TenantRefusal;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem JSON for every answer the gateway makes itself (nothing downstream was asked). */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final JsonMapper JSON = JsonMapper.shared();

    private Problems() {}

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String title, String detail) {
        return write(exchange.getResponse(), exchange.getRequest().getPath().value(), status, title, detail);
    }

    /** A tenant refusal, worded as the services' tenant guard words it; {@code values} fill in its detail. */
    public static Mono<Void> write(ServerWebExchange exchange, TenantRefusal refusal, Object... values) {
        return write(
                exchange.getResponse(),
                exchange.getRequest().getPath().value(),
                refusal.status(),
                refusal.slug(),
                refusal.title(),
                refusal.detail(values));
    }

    public static Mono<Void> write(
            ServerHttpResponse response, String instance, HttpStatus status, String title, String detail) {
        return write(response, instance, status, slug(title), title, detail);
    }

    private static Mono<Void> write(
            ServerHttpResponse response, String instance, HttpStatus status, String slug, String title, String detail) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(PROBLEM_JSON);
        byte[] body = body(status, slug, title, detail, instance);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    /** The title, and so the type, of a status: the reason phrase, but 413 as the services name it. */
    public static String titleOf(HttpStatus status) {
        return status == HttpStatus.CONTENT_TOO_LARGE ? PAYLOAD_TOO_LARGE : status.getReasonPhrase();
    }

    /** Type {@code payload-too-large}, the services' name for 413 (Spring's reason phrase became "Content Too Large"). */
    public static final String PAYLOAD_TOO_LARGE = "Payload Too Large";

    static byte[] body(HttpStatus status, String title, String detail, String instance) {
        return body(status, slug(title), title, detail, instance);
    }

    private static byte[] body(HttpStatus status, String slug, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", th.prongsai.platform.web.Problems.TYPE_BASE + slug);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
    }

    /** "Unknown tenant" → "unknown-tenant": the same problem types as the services' ({@code Problems.TYPE_BASE}). */
    static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
