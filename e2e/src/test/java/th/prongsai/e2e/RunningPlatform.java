package th.prongsai.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import th.prongsai.testsupport.TestInfra;

/**
 * The services and the web started from their packaged jars as separate processes, the way {@code ./platform up}
 * runs them, on free ports, in demo mode, against the test PostgreSQL and Redis.
 */
public final class RunningPlatform implements AutoCloseable {

    private static final List<String> SERVICES =
            List.of("tenant-service", "report-service", "analytics-service", "gateway", "web");
    private static final Duration READY_WITHIN =
            Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("ITA_E2E_READY_SECONDS", "240")));

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();
    private final Path logs;

    public RunningPlatform() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        logs = Files.createDirectories(Path.of("target", "e2e-logs"));
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
        int gatewayManagement = freePort();
        TestInfra.Postgres pg = TestInfra.postgres();
        Map<String, String> env = Map.ofEntries(
                Map.entry("ITA_WEB_URL", url("web")),
                Map.entry("ITA_GATEWAY_URL", url("gateway")),
                Map.entry("ITA_PUBLIC_URL", url("gateway")),
                Map.entry("ITA_PG_URL", pg.jdbcUrl()),
                Map.entry("ITA_PG_USER", pg.username()),
                Map.entry("ITA_PG_PASSWORD", pg.password()),
                Map.entry("ITA_REDIS_URL", TestInfra.redisUrl()),
                Map.entry("ITA_DEMO", "true"),
                Map.entry("ITA_TENANT_URL", url("tenant-service")),
                Map.entry("ITA_REPORT_URL", url("report-service")),
                Map.entry("ITA_ANALYTICS_URL", url("analytics-service")),
                Map.entry("ITA_JWKS_URI", url("tenant-service") + "/api/auth/jwks"),
                // one secret per run, as ./platform up does: the services accept tenant requests only with its proof
                Map.entry("ITA_GATEWAY_SECRET", newSecret()),
                Map.entry("ITA_GATEWAY_MANAGEMENT_PORT", Integer.toString(gatewayManagement)),
                // the OIT browser test checks URLs on a web server of its own at 127.0.0.1, which a deployment refuses
                Map.entry("ITA_REPORT_OIT_LINK_CHECK_ALLOW_LOOPBACK", "true"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String service : SERVICES) {
            Path jar = root.resolve(service).resolve("target").resolve(service + "-0.1.0-SNAPSHOT.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: run the reactor build (./mvnw verify)");
            }
            ProcessBuilder builder = new ProcessBuilder(
                            java,
                            "-Xmx384m",
                            "-XX:+UseSerialGC",
                            "-jar",
                            jar.toString(),
                            "--server.port=" + ports.get(service))
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve(service + ".log").toFile());
            builder.environment().putAll(env);
            processes.add(builder.start());
        }
        try {
            awaitReady();
        } catch (RuntimeException notReady) {
            // never leave half a platform running behind a failed test (it would load the machine for the next one)
            close();
            throw notReady;
        }
    }

    public String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    public String gateway() {
        return url("gateway");
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        for (String service : SERVICES) {
            Process process = processes.get(SERVICES.indexOf(service));
            // the gateway's actuator is on its loopback management port; its public port answers /readyz
            String readiness = service.equals("gateway") ? "/readyz" : "/actuator/health/readiness";
            HttpRequest probe = HttpRequest.newBuilder(URI.create(url(service) + readiness))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            Awaitility.await(service + " ready")
                    .atMost(READY_WITHIN)
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(service + " exited with " + process.exitValue() + "; see "
                                    + logs.resolve(service + ".log").toAbsolutePath());
                        }
                        try {
                            return http.send(probe, HttpResponse.BodyHandlers.discarding())
                                            .statusCode()
                                    == 200;
                        } catch (IOException notListeningYet) {
                            return false;
                        }
                    });
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process process : processes.reversed()) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
