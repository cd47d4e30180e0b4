package th.prongsai.e2e.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's API through the gateway, for what a browser test prepares or checks behind the pages'
 * back (a change by someone else, a state to start from, the bytes of a public document).
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;

    Api(String gateway) {
        this.gateway = gateway;
    }

    /** An answer: the status and the body as JSON (an empty object when there is none or it is not JSON). */
    public record Answer(int status, JsonNode body, String contentType, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A token for a demo account (password {@code demo}). */
    public String token(String username) {
        Answer answer = call("POST", "/api/auth/token", null, Map.of("username", username, "password", "demo"));
        if (answer.status() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + answer.status() + " " + answer.text());
        }
        return answer.body().get("access_token").asString();
    }

    public Answer get(String path, String token) {
        return call("GET", path, token, null);
    }

    public Answer call(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60));
            if (token != null) {
                request.header("authorization", "Bearer " + token);
            }
            if (body != null) {
                request.header("content-type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("content-type").orElse("");
            JsonNode json = type.contains("json") && response.body().length > 0
                    ? JSON.readTree(response.body())
                    : JSON.createObjectNode();
            return new Answer(response.statusCode(), json, type, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** The same request as a file body (a demo import). */
    public Answer putFile(String path, String token, byte[] json) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("authorization", "Bearer " + token)
                    .header("content-type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(json))
                    .build();
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), JSON.createObjectNode(), "", response.body());
        } catch (IOException e) {
            throw new IllegalStateException("PUT " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("PUT " + path + " interrupted", e);
        }
    }

    public Answer postFile(String path, String token, byte[] json) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("authorization", "Bearer " + token)
                    .header("content-type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                    .build();
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), JSON.createObjectNode(), "", response.body());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("POST " + path + " interrupted", e);
        }
    }
}
