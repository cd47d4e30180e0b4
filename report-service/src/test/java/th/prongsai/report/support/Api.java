package th.prongsai.report.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import th.prongsai.tenancy.PlatformClaims;
import th.prongsai.tenancy.guard.GatewayProof;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client for the service under test. */
public final class Api {

    /** A response with its body parsed when it is JSON. */
    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public static final JsonMapper JSON = JsonMapper.shared();
    /** The gateway secret the service under test is started with ({@link ReportIntegrationTest}). */
    public static final String GATEWAY_SECRET = "report-it-gateway-secret-0123456789abcdef";

    private static final GatewayProof PROOF = GatewayProof.withSecret(GATEWAY_SECRET);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * A request as the gateway would forward it for {@code forwardedFor}: its tenant header and its proof for that
     * tenant and the token (null: a direct call, neither).
     */
    public Response send(String method, String path, String token, String forwardedFor, Object body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (forwardedFor != null) {
            headers.putAll(gatewayHeaders(forwardedFor, token));
        }
        return sendWithHeaders(method, path, token, headers, body);
    }

    /** A request with exactly these extra headers, e.g. a direct call that sets the tenant header itself. */
    public Response sendWithHeaders(
            String method, String path, String token, Map<String, String> headers, Object body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body != null) {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(text));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart upload of one file in part {@code file}, as a browser form sends it. */
    public Response upload(String tenant, String rest, String token, String fileName, byte[] bytes) {
        String boundary = "----prongsai" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/t/" + tenant + rest))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header(PlatformClaims.TENANT_HEADER, tenant)
                .header(GatewayProof.HEADER, PROOF.of(tenant, token))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException("upload to " + rest + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A tenant GET whose body is kept as bytes (files, CSV). */
    public HttpResponse<byte[]> bytes(String tenant, String rest, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/t/" + tenant + rest))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header(PlatformClaims.TENANT_HEADER, tenant)
                .header(GatewayProof.HEADER, PROOF.of(tenant, token))
                .GET()
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + rest + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The headers the gateway adds to a tenant request: the tenant and its proof (none without a token). */
    public static Map<String, String> gatewayHeaders(String tenant, String token) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(PlatformClaims.TENANT_HEADER, tenant);
        if (token != null) {
            headers.put(GatewayProof.HEADER, PROOF.of(tenant, token));
        }
        return headers;
    }

    /** A tenant request as the gateway forwards it: path tenant, the gateway's header and its proof agree. */
    public Response tenant(String method, String tenant, String rest, String token, Object body) {
        return send(method, "/t/" + tenant + rest, token, tenant, body);
    }

    public Response provision(String code, String province) {
        return send(
                "PUT",
                "/internal/tenants/" + code + "/schema",
                TestTokens.service(),
                null,
                Map.of("province", province, "nameTh", "เทศบาลทดสอบ " + code));
    }
}
