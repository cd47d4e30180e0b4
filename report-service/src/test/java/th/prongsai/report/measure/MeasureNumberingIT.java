package th.prongsai.report.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;

/** A measure created with only a title takes the year's next number and PLANNED, also when created at once. */
class MeasureNumberingIT extends ReportIntegrationTest {

    String code;
    String schema;
    String token;

    @BeforeEach
    void tenant() {
        code = provisioned("mn", "23");
        schema = schemaOf(code);
        token = TestTokens.officer(code);
    }

    @Test
    void onlyATitleTakesTheNextNumberAndPlanned() {
        Api.Response first = post(2568, Map.of("title", "  จัดทำคู่มือ  "));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("number").asInt())
                .as("an empty year starts at 1")
                .isEqualTo(1);
        assertThat(first.json().get("status").asString()).isEqualTo("PLANNED");
        assertThat(first.json().get("title").asString()).isEqualTo("จัดทำคู่มือ");
        assertThat(first.json().get("indicatorCodes")).isEmpty();

        assertThat(post(2568, Map.of("number", 7, "title", "ลำดับที่ระบุ", "status", "DONE"))
                        .status())
                .isEqualTo(201);
        JsonNode next =
                post(2568, Map.of("title", "ถัดไป", "status", "IN_PROGRESS")).json();
        assertThat(next.get("number").asInt())
                .as("highest + 1, not the first gap")
                .isEqualTo(8);
        assertThat(next.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(post(2567, Map.of("title", "อีกปีหนึ่ง"))
                        .json()
                        .get("number")
                        .asInt())
                .as("numbers are per fiscal year")
                .isEqualTo(1);
        assertThat(post(2568, Map.of("number", 8, "title", "ซ้ำ")).status())
                .as("a given number stays checked")
                .isEqualTo(409);
    }

    @Test
    void creationsAtOnceGetDistinctNumbers() throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String title = "พร้อมกัน " + i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return post(2568, Map.of("title", title));
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                Api.Response response = future.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                numbers.add(response.json().get("number").asInt());
            }
            assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(schema, "measures")).isEqualTo(writers);
    }

    @Test
    void updatesAndImportsStillNeedNumberAndStatus() {
        long id = post(2568, Map.of("title", "ร่าง")).json().get("id").asLong();

        assertInvalid(
                api.tenant(
                        "PUT",
                        code,
                        "/api/fiscal-years/2568/measures/" + id,
                        token,
                        Map.of("title", "แก้", "version", 0)),
                "number",
                "status");
        assertInvalid(post(2568, Map.of()), "title");
        assertInvalid(post(2568, Map.of("title", "x", "number", 10000)), "number");
        assertInvalid(post(2568, Map.of("title", "x", "number", -1)), "number");
        Api.Response badStatus = post(2568, Map.of("title", "x", "status", "LATER"));
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.contentType()).startsWith("application/problem+json");
        assertInvalid(
                api.tenant(
                        "PUT",
                        code,
                        "/api/fiscal-years/2568/import",
                        token,
                        Map.of(
                                "format",
                                "prongsai.fiscal-year/1",
                                "fiscalYear",
                                2568,
                                "measures",
                                List.of(Map.of("title", "x")))),
                "measures[0].number",
                "measures[0].status");
        assertThat(count(schema, "measures")).isEqualTo(1);
    }

    private Api.Response post(int fiscalYear, Map<String, ?> body) {
        return api.tenant("POST", code, "/api/fiscal-years/" + fiscalYear + "/measures", token, body);
    }
}
