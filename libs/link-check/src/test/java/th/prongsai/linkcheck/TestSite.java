package th.prongsai.linkcheck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 and an ephemeral port, with routes a test adds and a log of every request. */
final class TestSite implements AutoCloseable {

    /** A request as the server saw it, with server-side times (System.nanoTime). */
    record Hit(String path, String method, String host, String userAgent, long startNanos, long endNanos) {}

    interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    final List<Hit> hits = new CopyOnWriteArrayList<>();
    /** Counted when a request arrives, before any answer: a check that returned was never answered if this is 0. */
    final AtomicInteger arrived = new AtomicInteger();

    TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-site");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::dispatch);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** http://127.0.0.1:port + path. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** The same server under another host name: http://localhost:port + path. */
    String localhostUrl(String path) {
        return "http://localhost:" + port() + path;
    }

    TestSite route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    TestSite page(String path, String contentType, byte[] body) {
        return route(path, ex -> send(ex, 200, contentType, body));
    }

    TestSite html(String path, String html) {
        return page(path, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8));
    }

    TestSite html(String path, String html, Charset charset) {
        return page(path, "text/html; charset=" + charset.name(), html.getBytes(charset));
    }

    TestSite status(String path, int status) {
        return route(path, ex -> send(ex, status, "text/html; charset=UTF-8", "<h1>error</h1>".getBytes()));
    }

    TestSite redirect(String path, String location) {
        return route(path, ex -> {
            ex.getResponseHeaders().set("Location", location);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
    }

    /** The log once n requests are in it: a hit is logged after its answer is sent, so a client may be faster. */
    List<Hit> awaitHits(int n) {
        long until = System.nanoTime() + 5_000_000_000L;
        while (hits.size() < n && System.nanoTime() < until) Thread.onSpinWait();
        return hits;
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        arrived.incrementAndGet();
        String path = ex.getRequestURI().getPath();
        try {
            Route route = routes.get(path);
            if (route == null) send(ex, 404, "text/plain", "not found".getBytes());
            else route.handle(ex);
        } finally {
            hits.add(new Hit(
                    path,
                    ex.getRequestMethod(),
                    String.valueOf(ex.getRequestHeaders().getFirst("Host")),
                    String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")),
                    start,
                    System.nanoTime()));
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
