package th.prongsai.report.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import th.prongsai.tenancy.PlatformClaims;
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
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response send(String method, String path, String token, String tenantHeader, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (tenantHeader != null) {
            request.header(PlatformClaims.TENANT_HEADER, tenantHeader);
        }
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
        String boundary = "----prongsai" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/t/" + tenant + rest))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header(PlatformClaims.TENANT_HEADER, tenant)
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
                .GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + rest + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A tenant request as the gateway forwards it: path tenant and the gateway's header agree. */
    public Response tenant(String method, String tenant, String rest, String token, Object body) {
        return send(method, "/t/" + tenant + rest, token, tenant, body);
    }

    public Response provision(String code, String province) {
        return send("PUT", "/internal/tenants/" + code + "/schema", TestTokens.service(), null,
                java.util.Map.of("province", province, "nameTh", "เทศบาลทดสอบ " + code));
    }
}
