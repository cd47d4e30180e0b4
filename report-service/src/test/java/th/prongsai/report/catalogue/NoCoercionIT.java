package th.prongsai.report.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code 1.5} for a whole number and {@code 0} for an enum are 400 problems naming the field, never coerced. */
class NoCoercionIT extends ReportIntegrationTest {

    String code;
    String officer;

    @BeforeEach
    void municipality() {
        code = provisioned("coerce", "80");
        officer = TestTokens.officer(code);
    }

    @Test
    void aMeasuresNumberVersionAndStatus() {
        assertInvalid(measures("POST", "", "{\"title\":\"x\",\"number\":1.5}"), "number");
        assertInvalid(measures("POST", "", "{\"title\":\"x\",\"status\":0}"), "status");
        assertInvalid(measures("POST", "", "{\"title\":5}"), "title");
        Api.Response created = measures("POST", "", "{\"title\":\"x\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertInvalid(
                measures("PUT", "/" + id, "{\"number\":1,\"title\":\"x\",\"status\":\"PLANNED\",\"version\":0.5}"),
                "version");
        assertThat(count(schemaOf(code), "measures")).isEqualTo(1);
        JsonNode stored = api.tenant("GET", code, "/api/fiscal-years/2567/measures/" + id, officer, null)
                .json();
        assertThat(stored.get("number").asInt()).isEqualTo(1);
        assertThat(stored.get("status").asString()).isEqualTo("PLANNED");
    }

    @Test
    void aTemplatesColumnWidthAndDigitsAndASettingsPosition() {
        String admin = TestTokens.municipalAdmin(code);
        ObjectNode template = (ObjectNode) api.tenant("GET", code, "/api/report-templates", officer, null)
                .json()
                .get(0);
        template.put("code", "own-1");
        ((ObjectNode) template.get("columns").get(0)).put("width", "@@W@@");
        String body = template.toString();
        assertInvalid(
                api.tenant("PUT", code, "/api/report-templates/own-1", admin, body.replace("\"@@W@@\"", "12.5")),
                "columns[0].width");
        template.put("digits", "@@D@@");
        assertInvalid(
                api.tenant(
                        "PUT",
                        code,
                        "/api/report-templates/own-1",
                        admin,
                        template.toString().replace("\"@@W@@\"", "12").replace("\"@@D@@\"", "0")),
                "digits");
        assertInvalid(
                api.tenant(
                        "PUT",
                        code,
                        "/api/report-settings",
                        admin,
                        Map.of("approvalChain", List.of(0), "letterPrefix", "สป.")),
                "approvalChain[0]");
        assertThat(count(schemaOf(code), "report_templates")).isZero();
        assertThat(count(schemaOf(code), "report_settings")).isZero();
    }

    @Test
    void aThemesNumber() {
        assertInvalid(
                api.tenant("POST", code, "/api/fiscal-years/2567/themes", officer, "{\"number\":1.5,\"title\":\"x\"}"),
                "number");
        assertThat(count(schemaOf(code), "themes")).isZero();
    }

    private Api.Response measures(String method, String rest, String body) {
        return api.tenant(method, code, "/api/fiscal-years/2567/measures" + rest, officer, body);
    }
}
