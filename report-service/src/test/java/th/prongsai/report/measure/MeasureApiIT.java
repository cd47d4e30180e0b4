package th.prongsai.report.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;

class MeasureApiIT extends ReportIntegrationTest {

    String code;
    String schema;
    String token;

    @BeforeEach
    void tenant() {
        code = provisioned("m", "23");
        schema = schemaOf(code);
        token = TestTokens.officer(code);
    }

    @Test
    void createReadUpdateDelete() {
        long department = api.tenant("POST", code, "/api/departments", token, Map.of("name", "สำนักปลัด"))
                .json()
                .get("id")
                .asLong();

        Api.Response created = post(2568, measure(1, "เผยแพร่ข้อมูลงบประมาณ", List.of(department)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("version").asLong()).isZero();
        assertThat(created.header("Location")).isEqualTo("/t/" + code + "/api/fiscal-years/2568/measures/" + id);
        JsonNode read = api.tenant("GET", code, "/api/fiscal-years/2568/measures/" + id, token, null)
                .json();
        assertThat(read.get("title").asString()).isEqualTo("เผยแพร่ข้อมูลงบประมาณ");
        assertThat(read.get("indicatorCodes").get(0).asString()).isEqualTo("9.1");
        assertThat(read.get("departmentIds").get(0).asLong()).isEqualTo(department);

        Map<String, Object> change = measure(1, "เผยแพร่ข้อมูลงบประมาณรายไตรมาส", List.of());
        change.put("status", "DONE");
        change.put("version", 0);
        Api.Response updated = api.tenant("PUT", code, "/api/fiscal-years/2568/measures/" + id, token, change);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("version").asLong()).isEqualTo(1);
        assertThat(updated.json().get("status").asString()).isEqualTo("DONE");
        assertThat(updated.json().get("departmentIds")).isEmpty();

        Api.Response stale = api.tenant("PUT", code, "/api/fiscal-years/2568/measures/" + id, token, change);
        assertThat(stale.status())
                .as("an update based on version 0 after version 1")
                .isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.tenant("GET", code, "/api/fiscal-years/2568/measures/" + id, token, null)
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(1);

        assertThat(api.tenant("GET", code, "/api/fiscal-years/2567/measures/" + id, token, null)
                        .status())
                .as("a measure belongs to one fiscal year")
                .isEqualTo(404);
        assertThat(api.tenant("DELETE", code, "/api/fiscal-years/2568/measures/" + id, token, null)
                        .status())
                .isEqualTo(204);
        assertThat(api.tenant("GET", code, "/api/fiscal-years/2568/measures/" + id, token, null)
                        .status())
                .isEqualTo(404);
        assertThat(api.tenant("DELETE", code, "/api/fiscal-years/2568/measures/" + id, token, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void listIsOrderedByNumberAndLimitedBySize() {
        for (int number : new int[] {3, 1, 2}) {
            assertThat(post(2568, measure(number, "มาตรการ " + number, List.of()))
                            .status())
                    .isEqualTo(201);
        }
        Map<String, Object> lastYear = measure(9, "ปีก่อน", List.of());
        lastYear.put("startMonth", "2023-10");
        lastYear.put("endMonth", "2024-09");
        assertThat(post(2567, lastYear).status()).isEqualTo(201);

        JsonNode all = api.tenant("GET", code, "/api/fiscal-years/2568/measures", token, null)
                .json();
        JsonNode two = api.tenant("GET", code, "/api/fiscal-years/2568/measures?size=2", token, null)
                .json();

        assertThat(all.findValuesAsString("title")).containsExactly("มาตรการ 1", "มาตรการ 2", "มาตรการ 3");
        assertThat(two.findValuesAsString("title")).containsExactly("มาตรการ 1", "มาตรการ 2");
    }

    @Test
    void badInputIsA400ProblemNamingTheFieldsAndStoresNothing() {
        assertInvalid(post(2568, Map.of()), "title");
        assertInvalid(post(2568, Map.of("number", 0, "title", "x", "status", "PLANNED")), "number");
        assertInvalid(post(2568, Map.of("number", 1, "title", " ", "status", "PLANNED")), "title");
        assertInvalid(post(2568, Map.of("number", 1, "title", "x".repeat(501), "status", "PLANNED")), "title");
        Map<String, Object> months = measure(1, "x", List.of());
        months.put("startMonth", "2024-13");
        assertInvalid(post(2568, months), "startMonth");
        months.put("startMonth", "2025-03");
        months.put("endMonth", "2025-01");
        assertInvalid(post(2568, months), "endMonth");
        months.put("startMonth", "2023-01");
        months.put("endMonth", "2023-06");
        assertInvalid(post(2568, months), "startMonth");
        months.put("startMonth", "2024-10");
        months.put("endMonth", "2026-06");
        assertInvalid(post(2568, months), "endMonth");
        months.put("endMonth", null);
        assertInvalid(post(2568, months), "endMonth");
        Map<String, Object> indicator = measure(1, "x", List.of());
        indicator.put("indicatorCodes", List.of("IIT; drop"));
        assertInvalid(post(2568, indicator), "indicatorCodes[0]");
        assertInvalid(post(2568, measure(1, "x", List.of(424242L))), "departmentIds");
        assertInvalid(post(2499, measure(1, "x", List.of())), "fiscalYear");
        assertInvalid(post(2701, measure(1, "x", List.of())), "fiscalYear");
        assertInvalid(
                api.tenant("POST", code, "/api/fiscal-years/abc/measures", token, measure(1, "x", List.of())), "fy");
        assertInvalid(api.tenant("GET", code, "/api/fiscal-years/2568/measures?size=0", token, null), "size");
        assertInvalid(api.tenant("GET", code, "/api/fiscal-years/2568/measures?size=501", token, null), "size");
        assertInvalid(api.tenant("GET", code, "/api/fiscal-years/3000/measures", token, null), "fiscalYear");
        Api.Response unknownStatus = post(2568, Map.of("number", 1, "title", "x", "status", "MAYBE"));
        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.contentType()).startsWith("application/problem+json");
        Api.Response notJson = api.tenant("POST", code, "/api/fiscal-years/2568/measures", token, "{oops");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.contentType()).startsWith("application/problem+json");
        assertInvalid(api.tenant("POST", code, "/api/departments", token, Map.of("name", "")), "name");
        assertInvalid(api.tenant("POST", code, "/api/departments", token, Map.of()), "name");

        assertThat(count(schema, "measures")).isZero();
        assertThat(count(schema, "departments")).isZero();

        long id = post(2568, measure(1, "ถูกต้อง", List.of())).json().get("id").asLong();
        Map<String, Object> noVersion = measure(1, "แก้ไข", List.of());
        assertInvalid(api.tenant("PUT", code, "/api/fiscal-years/2568/measures/" + id, token, noVersion), "version");
        Map<String, Object> badTitle = measure(1, "", List.of());
        badTitle.put("version", 0);
        assertInvalid(api.tenant("PUT", code, "/api/fiscal-years/2568/measures/" + id, token, badTitle), "title");
        assertThat(jdbc.queryForObject("SELECT title || ':' || version FROM " + schema + ".measures", String.class))
                .isEqualTo("ถูกต้อง:0");
    }

    @Test
    void duplicateNumbersConflict() {
        assertThat(post(2568, measure(1, "a", List.of())).status()).isEqualTo(201);
        Api.Response duplicate = post(2568, measure(1, "b", List.of()));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        assertThat(count(schema, "measures")).isEqualTo(1);
        assertThat(api.tenant("POST", code, "/api/departments", token, Map.of("name", "กองช่าง"))
                        .status())
                .isEqualTo(201);
        assertThat(api.tenant("POST", code, "/api/departments", token, Map.of("name", "กองช่าง"))
                        .status())
                .isEqualTo(409);
    }

    private Api.Response post(int fiscalYear, Map<String, ?> body) {
        return api.tenant("POST", code, "/api/fiscal-years/" + fiscalYear + "/measures", token, body);
    }

    private static Map<String, Object> measure(int number, String title, List<Long> departments) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("title", title);
        body.put("indicatorCodes", List.of("9.1", "10"));
        body.put("departmentIds", departments);
        body.put("startMonth", "2024-10");
        body.put("endMonth", "2025-09");
        body.put("status", "PLANNED");
        body.put("outputSummary", "สรุปผล");
        body.put("outcome", "ผลลัพธ์");
        return body;
    }
}
