package th.prongsai.report.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;

/** {@code GET …/measures?status=&theme=&indicator=&q=}: combined with AND, in the tenant and year only. */
class MeasureFilterIT extends ReportIntegrationTest {

    String code;
    String token;
    long theme;

    @BeforeEach
    void measures() {
        code = provisioned("mf", "23");
        token = TestTokens.officer(code);
        theme = api.tenant(
                        "POST",
                        code,
                        "/api/fiscal-years/2568/themes",
                        token,
                        Map.of("number", 1, "title", "การเปิดเผยข้อมูล"))
                .json()
                .get("id")
                .asLong();
        create(Map.of(
                "number",
                1,
                "title",
                "เผยแพร่ข้อมูล Budget รายไตรมาส",
                "status",
                "DONE",
                "indicatorCodes",
                List.of("9.1"),
                "themeId",
                theme));
        create(Map.of("number", 2, "title", "อบรมคุณธรรม", "status", "PLANNED", "indicatorCodes", List.of("1", "10")));
        create(Map.of(
                "number",
                3,
                "title",
                "จัดซื้อ 100% โปร่งใส",
                "status",
                "DONE",
                "indicatorCodes",
                List.of("10.2"),
                "themeId",
                theme));
        create(Map.of("number", 4, "title", "ปรับปรุง budget_plan", "status", "IN_PROGRESS"));
    }

    @Test
    void eachFilterAndTheirCombination() {
        assertThat(titles("")).hasSize(4);
        assertThat(numbers("?status=DONE")).containsExactly(1, 3);
        assertThat(numbers("?theme=" + theme)).containsExactly(1, 3);
        assertThat(numbers("?indicator=10"))
                .as("an indicator matches its sub-indicators")
                .containsExactly(2, 3);
        assertThat(numbers("?indicator=10.2")).containsExactly(3);
        assertThat(numbers("?indicator=1")).as("1 is not 10").containsExactly(2);
        assertThat(numbers("?q=BUDGET")).as("case-insensitive").containsExactly(1, 4);
        assertThat(numbers("?q=%E0%B8%84%E0%B8%B8%E0%B8%93%E0%B8%98%E0%B8%A3%E0%B8%A3%E0%B8%A1"))
                .as("Thai: คุณธรรม")
                .containsExactly(2);
        assertThat(numbers("?q=%25")).as("% is a character, not a wildcard").containsExactly(3);
        assertThat(numbers("?q=_")).as("_ is a character, not a wildcard").containsExactly(4);
        assertThat(numbers("?q=+++")).as("a blank q does not filter").hasSize(4);
        assertThat(numbers("?status=DONE&theme=" + theme + "&indicator=9&q=budget"))
                .containsExactly(1);
        assertThat(numbers("?status=DONE&size=1")).containsExactly(1);
        assertThat(numbers("?theme=999999")).isEmpty();
        assertThat(api.tenant("GET", code, "/api/fiscal-years/2567/measures?status=DONE", token, null)
                        .json())
                .as("another year")
                .isEmpty();
    }

    @Test
    void badFiltersAre400Problems() {
        assertInvalid(get("?status=MAYBE"), "status");
        assertInvalid(get("?theme=0"), "theme");
        assertInvalid(get("?theme=abc"), "theme");
        assertInvalid(get("?indicator=9;drop"), "indicator");
        assertInvalid(get("?indicator=123"), "indicator");
        assertInvalid(get("?q=" + "x".repeat(201)), "q");
        assertInvalid(get("?q=%00"), "q");
    }

    @Test
    void anotherTenantFindsNothingOfIt() {
        String other = provisioned("mf-b", "23");
        String otherToken = TestTokens.officer(other);

        assertThat(api.tenant("GET", other, "/api/fiscal-years/2568/measures?status=DONE&q=budget", otherToken, null)
                        .json())
                .isEmpty();
        assertThat(api.tenant("GET", other, "/api/fiscal-years/2568/measures?theme=" + theme, otherToken, null)
                        .json())
                .isEmpty();
        assertThat(api.tenant("GET", code, "/api/fiscal-years/2568/measures?status=DONE", otherToken, null)
                        .status())
                .as("B's officer on A's path")
                .isEqualTo(403);
        assertThat(api.tenant(
                                "GET",
                                code,
                                "/api/fiscal-years/2568/measures?status=DONE",
                                TestTokens.provincialOfficer("23"),
                                null)
                        .json())
                .as("the province reads it")
                .hasSize(2);
    }

    private void create(Map<String, Object> body) {
        Api.Response response = api.tenant("POST", code, "/api/fiscal-years/2568/measures", token, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    private Api.Response get(String query) {
        return api.tenant("GET", code, "/api/fiscal-years/2568/measures" + query, token, null);
    }

    private List<Integer> numbers(String query) {
        Api.Response response = get(query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().findValues("number").stream().map(n -> n.asInt()).toList();
    }

    private List<String> titles(String query) {
        return get(query).json().findValuesAsString("title");
    }
}
