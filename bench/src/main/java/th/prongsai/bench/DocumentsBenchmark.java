package th.prongsai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measure report of a municipality with 30 measures, generated through the gateway: PDF and DOCX, warm p50/p95
 * one at a time, documents per second with 2 and 8 concurrent clients, and report-service's peak heap while it
 * works; beside LibreOffice headless converting the same DOCX to PDF in the same run.
 *
 * <p>Options: --gateway URL, --report URL (report-service, for its heap metric), --measures N, --iterations N,
 * --soffice PATH, --conversions N.
 */
public final class DocumentsBenchmark {

    private static final Pattern HEAP =
            Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+]+)", Pattern.MULTILINE);

    private DocumentsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchHttp.options(args);
        String gateway = o.getOrDefault("gateway", "http://127.0.0.1:8080");
        String report = o.getOrDefault("report", "http://127.0.0.1:8082");
        int count = Integer.parseInt(o.getOrDefault("measures", "30"));
        int iterations = Integer.parseInt(o.getOrDefault("iterations", "100"));
        String soffice = o.getOrDefault("soffice", "soffice");
        int conversions = Integer.parseInt(o.getOrDefault("conversions", "5"));
        String code = "doc" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String admin = BenchHttp.token(http, gateway, "admin", "demo");
        BenchHttp.expect(
                BenchHttp.send(
                        http,
                        "POST",
                        gateway + "/api/tenants",
                        admin,
                        "{\"code\":\"" + code
                                + "\",\"nameTh\":\"เทศบาลตำบลทดสอบเอกสาร\",\"nameEn\":\"Documents\",\"type\":\"SUBDISTRICT_MUNICIPALITY\","
                                + "\"province\":\"80\"}"),
                201);
        String officer = BenchHttp.token(http, gateway, code + ".officer", "demo");
        String base = gateway + "/t/" + code + "/api/fiscal-years/2568";
        for (int n = 1; n <= count; n++) {
            BenchHttp.expect(BenchHttp.send(http, "POST", base + "/measures", officer, """
                    {"number":%d,"title":"กิจกรรมส่งเสริมคุณธรรมและความโปร่งใส ที่ %d: เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและงบประมาณบนเว็บไซต์หลักของหน่วยงาน",
                     "indicatorCodes":["9.2","10.1"],"methodSteps":["จัดทำแผนการเผยแพร่ข้อมูลและกำหนดผู้รับผิดชอบ",
                     "รวบรวมข้อมูลจากทุกสำนัก/กอง ตรวจสอบความถูกต้อง","เผยแพร่บนเว็บไซต์และบอร์ดประชาสัมพันธ์ทุกเดือน"],
                     "startMonth":"2024-10","endMonth":"2025-09","monitoring":"รายงานผลต่อนายกเทศมนตรีทุกไตรมาส",
                     "status":"DONE","outputSummary":"เผยแพร่ข้อมูลครบถ้วน 12 เดือน จำนวน 48 รายการ ภายในกำหนดเวลา",
                     "outcome":"ประชาชนเข้าถึงข้อมูลได้สะดวกและตรวจสอบการใช้จ่ายงบประมาณได้"}""".formatted(n, n)), 201);
        }
        String pdfUrl = base + "/report?format=pdf&template=tha-phae-2567";
        String docxUrl = base + "/report?format=docx&template=tha-phae-2567";
        for (int i = 0; i < 30; i++) { // warm-up: JIT, fonts, pools
            get(http, pdfUrl, officer);
            get(http, docxUrl, officer);
        }
        Stats pdf = new Stats();
        Stats docx = new Stats();
        HeapWatch heap = new HeapWatch(http, report, admin);
        heap.start();
        for (int i = 0; i < iterations; i++) {
            pdf.record(timed(http, pdfUrl, officer));
            docx.record(timed(http, docxUrl, officer));
        }
        double pdf2 = rate(http, pdfUrl, officer, 2, iterations);
        double pdf8 = rate(http, pdfUrl, officer, 8, iterations);
        double docx2 = rate(http, docxUrl, officer, 2, iterations);
        double docx8 = rate(http, docxUrl, officer, 8, iterations);
        heap.stop();

        Path dir = Files.createTempDirectory("prongsai-docs");
        Path docxFile = dir.resolve("report.docx");
        Files.write(docxFile, get(http, docxUrl, officer).body());
        Stats libre = new Stats();
        for (int i = 0; i < conversions + 1; i++) {
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(
                            soffice,
                            "-env:UserInstallation=file://" + dir.resolve("profile"),
                            "--headless",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            dir.toString(),
                            docxFile.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("soffice.log").toFile())
                    .start();
            if (process.waitFor() != 0 || !Files.exists(dir.resolve("report.pdf"))) {
                throw new IllegalStateException("LibreOffice failed: " + Files.readString(dir.resolve("soffice.log")));
            }
            if (i > 0) { // the first run creates LibreOffice's profile
                libre.record(System.nanoTime() - t0);
            }
            Files.delete(dir.resolve("report.pdf"));
        }

        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Tenant %s, %d measures, template tha-phae-2567 (memo, framework, scores, "
                        + "measures by theme), %d sequential requests per format after 30 of warm-up.%n%n",
                code,
                count,
                iterations);
        System.out.println("| Series | p50 ms | p95 ms | docs/s, 2 clients | docs/s, 8 clients | Target p50 |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        System.out.printf(
                Locale.ROOT,
                "| PDF through the gateway | %.1f | %.1f | %.1f | %.1f | ≤ 150 ms |%n",
                pdf.percentileMs(50),
                pdf.percentileMs(95),
                pdf2,
                pdf8);
        System.out.printf(
                Locale.ROOT,
                "| DOCX through the gateway | %.1f | %.1f | %.1f | %.1f | ≤ 100 ms |%n",
                docx.percentileMs(50),
                docx.percentileMs(95),
                docx2,
                docx8);
        System.out.printf(
                Locale.ROOT,
                "| LibreOffice headless: the same DOCX → PDF (%d runs) | %.1f | %.1f | – | – | baseline |%n",
                libre.count(),
                libre.percentileMs(50),
                libre.percentileMs(95));
        System.out.printf(
                Locale.ROOT,
                "%nPDF p50 is %.1f× faster than the LibreOffice conversion (target ≥ 10×). "
                        + "report-service peak heap used during the run: %.0f MB.%n",
                libre.percentileMs(50) / pdf.percentileMs(50),
                heap.peakMb());
    }

    private static double rate(HttpClient http, String url, String token, int clients, int total) throws Exception {
        AtomicLong next = new AtomicLong();
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    while (next.getAndIncrement() < total) {
                        get(http, url, token);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        return total / ((System.nanoTime() - t0) / 1e9);
    }

    private static long timed(HttpClient http, String url, String token) {
        long t0 = System.nanoTime();
        get(http, url, token);
        return System.nanoTime() - t0;
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url, String token) {
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("authorization", "Bearer " + token)
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response;
        } catch (Exception e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        }
    }

    /** Polls report-service's heap pools (Prometheus) every 50 ms and keeps the highest sum seen. */
    private static final class HeapWatch {
        private final HttpClient http;
        private final String url;
        private final String token;
        private volatile boolean running;
        private volatile double peak;
        private Thread thread;

        HeapWatch(HttpClient http, String report, String token) {
            this.http = http;
            this.url = report + "/actuator/prometheus";
            this.token = token;
        }

        void start() {
            running = true;
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    try {
                        HttpResponse<String> r = BenchHttp.send(http, "GET", url, token, null);
                        Matcher m = HEAP.matcher(r.body());
                        double used = 0;
                        while (m.find()) {
                            used += Double.parseDouble(m.group(1));
                        }
                        peak = Math.max(peak, used);
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        // the gauge is best effort; the run goes on without it
                    }
                }
            });
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        double peakMb() {
            return peak / (1024 * 1024);
        }
    }
}
