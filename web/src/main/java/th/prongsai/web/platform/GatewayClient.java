package th.prongsai.web.platform;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's APIs, called through the gateway with the signed-in user's own token, so the gateway and
 * the services decide what this user may see and do. Every error comes back as an {@link ApiException}.
 */
@Component
public class GatewayClient {

    /** JSON objects as pages use them: property access in templates ({@code ${m.title}}). */
    public static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

    public static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    private static final TypeReference<Map<String, Object>> OBJECT_TYPE = new TypeReference<>() {};

    private final RestClient rest;
    private final JsonMapper json = JsonMapper.builder().build();

    GatewayClient(RestClient.Builder builder, WebProperties properties) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        this.rest = builder.baseUrl(properties.gatewayUrl().toString())
                .requestFactory(factory)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw ApiException.of(response.getStatusCode().value(), problemOf(response));
                })
                .build();
    }

    public Map<String, Object> get(String path, Object... uriVariables) {
        return get(path, OBJECT, uriVariables);
    }

    public <T> T get(String path, ParameterizedTypeReference<T> type, Object... uriVariables) {
        return call(() -> getting(path, uriVariables).body(type));
    }

    public <T> T get(String path, Class<T> type, Object... uriVariables) {
        return call(() -> getting(path, uriVariables).body(type));
    }

    public List<Map<String, Object>> list(String path, Object... uriVariables) {
        return get(path, LIST, uriVariables);
    }

    public Map<String, Object> post(String path, Object body, Object... uriVariables) {
        return call(() -> sending(
                        HttpMethod.POST, path, MediaType.APPLICATION_JSON, body == null ? Map.of() : body, uriVariables)
                .body(OBJECT));
    }

    public Map<String, Object> put(String path, Object body, Object... uriVariables) {
        return put(path, body, OBJECT, uriVariables);
    }

    /** A PUT whose answer is not an object (a list), or is not needed. */
    public <T> T put(String path, Object body, ParameterizedTypeReference<T> type, Object... uriVariables) {
        return call(() -> sending(HttpMethod.PUT, path, MediaType.APPLICATION_JSON, body, uriVariables)
                .body(type));
    }

    public void delete(String path, Object... uriVariables) {
        call(() -> rest.delete()
                .uri(path, uriVariables)
                .headers(this::authorize)
                .retrieve()
                .toBodilessEntity());
    }

    /** A multipart upload (an attachment, a CSV file). */
    public Map<String, Object> postMultipart(String path, MultiValueMap<String, ?> parts, Object... uriVariables) {
        return call(() -> sending(HttpMethod.POST, path, MediaType.MULTIPART_FORM_DATA, parts, uriVariables)
                .body(OBJECT));
    }

    /** A document or file as the API serves it, to pass on to the browser. */
    public Download download(String path, Object... uriVariables) {
        var entity = call(() -> getting(path, uriVariables).toEntity(byte[].class));
        return new Download(
                entity.getBody() == null ? new byte[0] : entity.getBody(),
                entity.getHeaders().getContentType(),
                entity.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
    }

    private RestClient.ResponseSpec getting(String path, Object... uriVariables) {
        return rest.get().uri(path, uriVariables).headers(this::authorize).retrieve();
    }

    private RestClient.ResponseSpec sending(
            HttpMethod method, String path, MediaType type, Object body, Object... uriVariables) {
        return rest.method(method)
                .uri(path, uriVariables)
                .headers(this::authorize)
                .contentType(type)
                .body(body)
                .retrieve();
    }

    public record Download(byte[] bytes, MediaType contentType, String contentDisposition) {}

    /** The gateway's header naming the person's address (libs/tenancy's PlatformClaims.CLIENT_HEADER). */
    static final String CLIENT_HEADER = "X-Prongsai-Client";

    private void authorize(HttpHeaders headers) {
        SignedInUser.current().ifPresent(user -> headers.setBearerAuth(user.token()));
        Locale locale = LocaleContextHolder.getLocale();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag());
        // The person's address, not the web's (tenant-service throttles sign-ins per account and address): the
        // gateway named it on the page request; the gateway keeps it because the web calls from loopback.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            String named = attributes.getRequest().getHeader(CLIENT_HEADER);
            headers.set(
                    CLIENT_HEADER,
                    named != null ? named : attributes.getRequest().getRemoteAddr());
        }
    }

    private static <T> T call(Supplier<T> request) {
        long started = System.nanoTime();
        try {
            return request.get();
        } catch (ResourceAccessException e) {
            throw new ApiException.Unavailable(503, Problem.unreachable("ติดต่อระบบไม่ได้ในขณะนี้"));
        } finally {
            ApiTiming.record(System.nanoTime() - started);
        }
    }

    private Problem problemOf(ClientHttpResponse response) {
        try {
            byte[] body = response.getBody().readAllBytes();
            if (body.length == 0) {
                return new Problem(null, response.getStatusText(), null, List.of(), Map.of());
            }
            JsonNode node = json.readTree(body);
            List<Problem.FieldError> errors = node.path("errors").isArray()
                    ? node.path("errors")
                            .valueStream()
                            .map(e -> new Problem.FieldError(
                                    e.path("field").asString(""),
                                    e.path("message").asString("")))
                            .toList()
                    : List.of();
            return new Problem(
                    text(node, "type"),
                    text(node, "title"),
                    text(node, "detail"),
                    errors,
                    json.convertValue(node, OBJECT_TYPE));
        } catch (IOException | RuntimeException notProblemJson) {
            return new Problem(null, null, null, List.of(), Map.of());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
