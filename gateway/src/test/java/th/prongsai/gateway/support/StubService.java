package th.prongsai.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import th.prongsai.tenancy.guard.GatewayProof;

/** A downstream service played by a tiny HTTP server: records what reached it and answers 200 JSON. */
public final class StubService {

    /** One request as the downstream service saw it. */
    public record Seen(
            String method,
            String rawPath,
            List<String> tenantHeader,
            String authorization,
            List<String> proof,
            long bodyBytes) {}

    /** A fixed answer: status, content type and body. */
    public record Answer(int status, String contentType, String body) {}

    private final String name;
    private final int port;
    private volatile HttpServer server;
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private final ConcurrentLinkedDeque<Seen> seen = new ConcurrentLinkedDeque<>();
    private final Map<String, Answer> fixed = new ConcurrentHashMap<>();
    private final Map<String, String> locations = new ConcurrentHashMap<>();

    public StubService(String name) {
        this.name = name;
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 0);
            created.createContext("/", this::handle);
            created.setExecutor(Executors.newFixedThreadPool(4));
            created.start();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Plays a service that is down: the port refuses connections until {@link #start()}. */
    public void stop() {
        server.stop(0);
    }

    public void start() {
        server = listen(port);
    }

    /** Requests whose path ends with {@code /slow} wait until the returned latch is released. */
    public CountDownLatch holdSlowRequests() {
        hold = new CountDownLatch(1);
        return hold;
    }

    /** Serves this exact body at this path instead of the echo. */
    public void serve(String path, String body) {
        serve(path, new Answer(200, "application/json", body));
    }

    public void serve(String path, Answer answer) {
        fixed.put(path, answer);
    }

    /** Serves this exact body at this path with a {@code Location} header, as a 201 of a creation carries. */
    public void serve(String path, String body, String location) {
        serve(path, body);
        locations.put(path, location);
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public Seen last() {
        return seen.peekLast();
    }

    public void clear() {
        seen.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        long bodyBytes = exchange.getRequestBody().readAllBytes().length;
        List<String> tenant = exchange.getRequestHeaders().getOrDefault("X-Tenant-Id", List.of());
        List<String> proof = exchange.getRequestHeaders().getOrDefault(GatewayProof.HEADER, List.of());
        seen.add(new Seen(
                exchange.getRequestMethod(),
                rawPath,
                List.copyOf(tenant),
                exchange.getRequestHeaders().getFirst("Authorization"),
                List.copyOf(proof),
                bodyBytes));
        if (rawPath.endsWith("/slow")) {
            try {
                hold.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Answer answer =
                fixed.getOrDefault(rawPath, new Answer(200, "application/json", "{\"service\":\"" + name + "\"}"));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        if (locations.containsKey(rawPath)) {
            exchange.getResponseHeaders().add("Location", locations.get(rawPath));
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
