package th.prongsai.tenant;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import th.prongsai.tenancy.PlatformClaims;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny HTTP client for the ITs that never throws on 4xx/5xx, so every status can be asserted. */
public final class Http {

    public record Response(int status, HttpResponse<String> raw, JsonNode json) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    private static final JsonMapper JSON = JsonMapper.shared();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    public Response send(String method, String path, String token, Object body) {
        return send(method, path, token, body, Map.of());
    }

    /** A login as if the gateway had forwarded it from {@code address} (the gateway names it in X-Prongsai-Client). */
    public Response login(String username, String password, String address) {
        return send(
                "POST",
                "/api/auth/token",
                null,
                Map.of("username", username, "password", password),
                Map.of(PlatformClaims.CLIENT_HEADER, address));
    }

    public Response send(String method, String path, String token, Object body, Map<String, String> headers) {
        String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
        if (text != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body() == null || response.body().isBlank() ? null : parse(response.body());
            return new Response(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String token(String username, String password) {
        Response response = post("/api/auth/token", null, Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response.status() + " "
                    + response.raw().body());
        }
        return response.json().get("access_token").asString();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
