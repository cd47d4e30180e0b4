package th.prongsai.tenant;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for report-service's {@code PUT /internal/tenants/{code}/schema}; can be told to fail. */
public final class FakeReportService {

    public record Call(String method, String path, String authorization, String body) {}

    private final HttpServer server;
    /** 0: succeed; otherwise the status to answer with. */
    public final AtomicInteger failWith = new AtomicInteger();
    /** Codes whose provisioning answers 502 whatever failWith says. */
    public final Set<String> failCodes = ConcurrentHashMap.newKeySet();

    public final List<Call> calls = new CopyOnWriteArrayList<>();

    private FakeReportService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/internal/tenants/", this::handle);
        server.start();
    }

    public static FakeReportService start() {
        try {
            return new FakeReportService();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Call> callsFor(String code) {
        return calls.stream()
                .filter(c -> c.path().equals("/internal/tenants/" + code + "/schema"))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        calls.add(new Call(
                exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Authorization"), body));
        String[] parts = path.split("/");
        String code = parts.length > 3 ? parts[3] : "";
        int fail = failCodes.contains(code) ? 502 : failWith.get();
        String response;
        int status;
        String type;
        if (fail != 0) {
            status = fail;
            type = "application/problem+json";
            response = "{\"type\":\"about:blank\",\"title\":\"Schema failed\",\"status\":" + fail
                    + ",\"detail\":\"changelog broke\"}";
        } else if (!"PUT".equals(exchange.getRequestMethod()) || !path.endsWith("/schema")) {
            status = 404;
            type = "application/problem+json";
            response = "{\"title\":\"Not found\",\"status\":404}";
        } else {
            status = 200;
            type = "application/json";
            response = "{\"code\":\"" + code + "\",\"schema\":\"t_" + code.replace('-', '_')
                    + "\",\"changelogVersion\":\"0003\"}";
        }
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
