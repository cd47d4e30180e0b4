package th.prongsai.tenant.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.prongsai.tenant.Http;
import th.prongsai.tenant.RunningService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Bulk onboarding: the preview, a job to the end, a failing row, a resumed and a restarted job, who may. */
class OnboardingJobsIT extends RunningService {

    static final String HEADER = "code,nameTh,nameEn,type,province,district,dlaCode,website\n";

    final HttpClient client = HttpClient.newHttpClient();

    static List<String> codes(int n) {
        String prefix = "bj-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            codes.add(prefix + i);
        }
        codes.forEach(RunningService::remembered);
        return codes;
    }

    static String row(String code) {
        return code + ",องค์การบริหารส่วนตำบลทดสอบ " + code + ",Test SAO " + code + ",SAO,23,เมืองตราด,6230101,https://"
                + code + ".go.th\n";
    }

    static String csv(List<String> codes) {
        StringBuilder csv = new StringBuilder(HEADER);
        codes.forEach(c -> csv.append(row(c)));
        return csv.toString();
    }

    Http.Response send(String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json =
                    response.body().isBlank() ? null : JsonMapper.shared().readTree(response.body());
            return new Http.Response(response.statusCode(), response, json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Http.Response postCsv(String path, String csv) {
        return send(path, admin, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    Http.Response postMultipart(String path, String csv) {
        String boundary = "----bulk" + UUID.randomUUID();
        String body =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"registry.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return send(path, admin, "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8));
    }

    long tenants(List<String> codes) {
        return jdbc.queryForObject("SELECT count(*) FROM tenancy.tenants WHERE code = ANY (?)", Long.class, (Object)
                codes.toArray(String[]::new));
    }

    long jobs() {
        return jdbc.queryForObject("SELECT count(*) FROM tenancy.onboarding_jobs", Long.class);
    }

    JsonNode awaitFinished(long id) {
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    job[0] = http.get("/api/onboarding-jobs/" + id, admin).json();
                    String status = job[0].get("status").asString();
                    return status.equals("DONE") || status.equals("FAILED");
                });
        return job[0];
    }

    @Test
    void previewListsEveryBadRowByLineAndCreatesNothing() {
        List<String> codes = codes(8);
        String existing = codes(1).getFirst();
        assertThat(http.post(
                                "/api/tenants",
                                admin,
                                Map.of(
                                        "code",
                                        existing,
                                        "nameTh",
                                        "อบต. มีอยู่แล้ว",
                                        "nameEn",
                                        "Existing",
                                        "type",
                                        "SAO",
                                        "province",
                                        "23"))
                        .status())
                .isEqualTo(201);
        String csv = "\uFEFF" + HEADER + row(codes.get(0))
                + codes.get(1) + ",อบต. ก,SAO A,SAO,99,,6230101,\n" // line 3: no province 99
                + row(codes.get(2))
                + codes.get(3) + ",อบต. ข,SAO B,ไม่มีประเภทนี้,23,,,\n" // line 5: type
                + codes.get(4) + ",อบต. ค,SAO C,เทศบาลตำบล,23,,12345,\n" // line 6: dla code
                + row(codes.get(0)) // line 7: same code as line 2
                + row(existing) // line 8: already in the registry
                + "\"" + codes.get(5) + "\",\"อบต. ง, ตราด\",SAO D,SAO,23,,,\n"; // quoted, with a comma: fine
        long jobsBefore = jobs();

        for (Http.Response preview : List.of(
                postCsv("/api/onboarding-jobs/preview", csv), postMultipart("/api/onboarding-jobs/preview", csv))) {
            assertThat(preview.status()).as(preview.raw().body()).isEqualTo(200);
            assertThat(preview.json().get("rows").asInt()).isEqualTo(8);
            assertThat(preview.json().get("valid").asInt()).isEqualTo(4);
            List<String> errors = preview.json()
                    .get("errors")
                    .valueStream()
                    .map(e -> e.get("line").asInt() + ":" + e.get("field").asString())
                    .toList();
            assertThat(errors).containsExactly("3:province", "5:type", "6:dlaCode", "7:code");
            assertThat(preview.json().get("errors").get(0).get("message").asString())
                    .contains("จังหวัด");
            assertThat(preview.json().get("duplicates").valueStream().map(JsonNode::asString))
                    .containsExactly(existing);
        }
        assertThat(tenants(codes)).as("a preview creates nothing").isZero();
        assertThat(jobs()).isEqualTo(jobsBefore);

        Http.Response refused = postCsv("/api/onboarding-jobs", csv);
        assertProblem(refused, 400);
        assertThat(refused.json().get("errors")).hasSize(4);
        assertThat(refused.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(tenants(codes)).isZero();
        assertThat(jobs()).as("a file with errors makes no job").isEqualTo(jobsBefore);
    }

    @Test
    void aJobRunsToTheEndAndSkipsWhatIsAlreadyThere() {
        List<String> codes = codes(25);
        assertThat(http.post("/api/tenants", admin, tenant(codes.getFirst(), "23"))
                        .status())
                .isEqualTo(201);

        Http.Response created = postMultipart("/api/onboarding-jobs", csv(codes));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/onboarding-jobs/" + id);
        assertThat(created.json().get("total").asInt()).isEqualTo(25);

        JsonNode job = awaitFinished(id);
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("done").asInt()).isEqualTo(25);
        assertThat(job.get("created").asInt()).isEqualTo(24);
        assertThat(job.get("skipped").asInt()).isEqualTo(1);
        assertThat(job.get("failed").asInt()).isZero();
        assertThat(job.get("startedAt").isNull()).isFalse();
        assertThat(job.get("finishedAt").isNull()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM tenancy.tenants WHERE code = ANY (?) AND status = 'ACTIVE'",
                        Long.class,
                        (Object) codes.toArray(String[]::new)))
                .isEqualTo(25);
        codes.forEach(c -> assertThat(REPORT.callsFor(c)).as(c).hasSize(1));
        assertThat(http.get("/api/onboarding-jobs", admin)
                        .json()
                        .get(0)
                        .get("id")
                        .asLong())
                .as("latest first")
                .isEqualTo(id);
    }

    @Test
    void aFailingRowLeavesNoHalfMadeTenantAndResumingRetriesOnlyIt() {
        List<String> codes = codes(6);
        String bad = codes.get(2);
        REPORT.failCodes.add(bad);
        long id = postCsv("/api/onboarding-jobs", csv(codes)).json().get("id").asLong();

        JsonNode job = awaitFinished(id);
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("created").asInt()).isEqualTo(5);
        assertThat(job.get("failed").asInt()).isEqualTo(1);
        assertThat(job.get("errors").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(job.get("errors").get(0).get("code").asString()).isEqualTo(bad);
        assertThat(http.get("/api/tenants/" + bad, admin).json().get("status").asString())
                .as("never ACTIVE without its schema")
                .isEqualTo("FAILED");

        REPORT.failCodes.clear();
        Http.Response resumed = http.post("/api/onboarding-jobs/" + id + "/resume", admin, null);
        assertThat(resumed.status()).as(resumed.raw().body()).isEqualTo(200);
        job = awaitFinished(id);
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("created").asInt()).isEqualTo(6);
        assertThat(job.get("errors")).isEmpty();
        assertThat(http.get("/api/tenants/" + bad, admin).json().get("status").asString())
                .isEqualTo("ACTIVE");
        assertThat(REPORT.callsFor(bad)).hasSize(2);
        codes.stream()
                .filter(c -> !c.equals(bad))
                .forEach(c -> assertThat(REPORT.callsFor(c)).as(c).hasSize(1));
    }

    @Test
    void aJobLeftRunningByADeadProcessGoesOnAndCreatesNothingTwice() {
        List<String> codes = codes(10);
        long id = postCsv("/api/onboarding-jobs", csv(codes)).json().get("id").asLong();
        awaitFinished(id);
        // as a crash would leave it: still RUNNING, rows mid-way (tenants made, rows not yet marked) or not started;
        // line 1 is the header, so lines 2-4 were started and lines 9-11 look untouched
        jdbc.update("UPDATE tenancy.onboarding_jobs SET status = 'RUNNING', finished_at = NULL WHERE id = ?", id);
        jdbc.update("UPDATE tenancy.onboarding_job_rows SET status = 'STARTED' WHERE job_id = ? AND line <= 4", id);
        jdbc.update("UPDATE tenancy.onboarding_job_rows SET status = 'PENDING' WHERE job_id = ? AND line > 8", id);

        assertThat(http.post("/api/onboarding-jobs/" + id + "/resume", admin, null)
                        .status())
                .isEqualTo(200);
        JsonNode job = awaitFinished(id);
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("created").asInt())
                .as("rows this job had started count as its own")
                .isEqualTo(7);
        assertThat(job.get("skipped").asInt()).isEqualTo(3);
        assertThat(tenants(codes)).isEqualTo(10);
        codes.forEach(
                c -> assertThat(REPORT.callsFor(c)).as("provisioned once: " + c).hasSize(1));

        // resuming a finished job does nothing
        assertThat(http.post("/api/onboarding-jobs/" + id + "/resume", admin, null)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("DONE");
    }

    @Test
    void onlyNationalAdminsMayAndBadInputIsA4xxProblem() {
        String provincial = http.token("province.trat", "demo");
        String csv = csv(codes(1));
        assertProblem(
                send("/api/onboarding-jobs/preview", provincial, "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
                403);
        assertProblem(send("/api/onboarding-jobs", provincial, "text/csv", csv.getBytes(StandardCharsets.UTF_8)), 403);
        assertProblem(http.get("/api/onboarding-jobs", provincial), 403);
        assertProblem(send("/api/onboarding-jobs", null, "text/csv", csv.getBytes(StandardCharsets.UTF_8)), 401);

        assertProblem(send("/api/onboarding-jobs/preview", admin, "text/csv", new byte[0]), 400);
        Http.Response header = postCsv("/api/onboarding-jobs/preview", "code;name\nx;y\n");
        assertThat(header.status()).isEqualTo(200);
        assertThat(header.json().get("errors").get(0).get("field").asString()).isEqualTo("header");
        assertProblem(postCsv("/api/onboarding-jobs", HEADER), 400);
        assertProblem(http.get("/api/onboarding-jobs/999999999", admin), 404);
        assertProblem(http.post("/api/onboarding-jobs/999999999/resume", admin, null), 404);
        assertProblem(http.get("/api/onboarding-jobs/abc", admin), 400);
    }

    @Test
    void theRegistryIsSearchedByNameOrCodeAndFilteredByProvinceTypeAndStatus() {
        List<String> codes = codes(3);
        String unique = "ค้นหา" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> first = tenant(codes.get(0), "23");
        first.put("nameTh", "เทศบาลตำบล" + unique);
        first.put("type", "SUBDISTRICT_MUNICIPALITY");
        Map<String, Object> second = tenant(codes.get(1), "92");
        second.put("nameTh", "อบต." + unique);
        second.put("type", "SAO");
        Map<String, Object> third = tenant(codes.get(2), "23");
        third.put("nameTh", "เทศบาลอื่น");
        for (Map<String, Object> t : List.of(first, second, third)) {
            assertThat(http.post("/api/tenants", admin, t).status()).isEqualTo(201);
        }
        http.post("/api/tenants/" + codes.get(1) + "/suspend", admin, null);
        String q = URLEncoder.encode(unique, StandardCharsets.UTF_8);

        assertThat(found("/api/tenants?q=" + q)).containsExactly(codes.get(0), codes.get(1));
        assertThat(found("/api/tenants?q=" + q + "&province=92")).containsExactly(codes.get(1));
        assertThat(found("/api/tenants?q=" + q + "&type=SUBDISTRICT_MUNICIPALITY"))
                .containsExactly(codes.get(0));
        assertThat(found("/api/tenants?q=" + q + "&status=SUSPENDED")).containsExactly(codes.get(1));
        assertThat(found("/api/tenants?q=" + codes.get(2).toUpperCase()))
                .as("codes, any case")
                .containsExactly(codes.get(2));
        Http.Response paged = http.get("/api/tenants?q=" + q + "&size=1&page=1", admin);
        assertThat(paged.json().get("total").asLong()).isEqualTo(2);
        assertThat(paged.json().get("items").get(0).get("code").asString()).isEqualTo(codes.get(1));
        assertThat(found("/api/tenants?q=%25"))
                .as("a % is a character, not a wildcard")
                .isEmpty();
        assertProblem(http.get("/api/tenants?type=VILLAGE", admin), 400);
        assertProblem(http.get("/api/tenants?province=1", admin), 400);
        // a provincial officer's search stays in their province
        String provincial = http.token("province.trat", "demo");
        assertThat(http.get("/api/tenants?q=" + q, provincial)
                        .json()
                        .get("items")
                        .valueStream()
                        .map(t -> t.get("code").asString()))
                .containsExactly(codes.get(0));
    }

    List<String> found(String path) {
        Http.Response response = http.get(path, admin);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return response.json()
                .get("items")
                .valueStream()
                .map(t -> t.get("code").asString())
                .toList();
    }
}
