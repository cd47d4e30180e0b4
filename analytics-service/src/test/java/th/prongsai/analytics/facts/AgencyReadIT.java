package th.prongsai.analytics.facts;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.prongsai.analytics.support.AnalyticsIT;

class AgencyReadIT extends AnalyticsIT {

    @Autowired
    FactStore store;

    private String tenant;
    private String dla;

    @BeforeEach
    void facts() {
        tenant = "tp-" + run;
        dla = Integer.toString(1_000_000 + (int) (System.nanoTime() % 8_000_000));
        // a tenant in Nakhon Si Thammarat (80), and an agency known only from the national import in Trat (23)
        store.upsert(
                Dataset.REAL,
                new Agency(tenant, "เทศบาลตำบลท่าแพ", "SUBDISTRICT_MUNICIPALITY", "80", tenant),
                2567,
                FactStoreIT.thaPhae2567(),
                new BigDecimal("68.51"),
                Source.TENANT);
        store.upsert(
                Dataset.REAL,
                new Agency(dla, "อบต.ทดสอบ", "SAO", "23", null),
                2567,
                FactStoreIT.scores("95 96 97 98 99 95 96 97 98 99"),
                null,
                Source.NATIONAL);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM score_facts WHERE agency_code IN (?, ?)", tenant, dla);
    }

    @Test
    void answersTheFactWithComputedFiguresAndLevelLabel() throws Exception {
        mvc.perform(get("/api/analytics/agencies/{code}/2567", tenant).with(nationalAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agencyCode").value(tenant))
                .andExpect(jsonPath("$.dataset").value("real"))
                .andExpect(jsonPath("$.synthetic").value(false))
                .andExpect(jsonPath("$.overall").value(68.50))
                .andExpect(jsonPath("$.publishedOverall").value(68.51))
                .andExpect(jsonPath("$.tools.IIT").value(78.14))
                .andExpect(jsonPath("$.tools.OIT").value(53.46))
                .andExpect(jsonPath("$.scores.10").value(43.34))
                .andExpect(jsonPath("$.level.labelTh").value("ต้องปรับปรุงโดยด่วน"))
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.source").value("TENANT"))
                .andExpect(jsonPath("$.laoType").value("SUBDISTRICT_MUNICIPALITY"))
                .andExpect(jsonPath("$.province").value("80"))
                .andExpect(jsonPath("$.nameTh").value("เทศบาลตำบลท่าแพ"));
        mvc.perform(get("/api/analytics/agencies/{code}/2567", dla).with(nationalAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.level.labelTh").value("ผ่านดีเยี่ยม"));
    }

    @Test
    void provincialOfficersReadTheirProvinceOnly() throws Exception {
        mvc.perform(get("/api/analytics/agencies/{code}/2567", dla).with(provincialOfficer("23")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/analytics/agencies/{code}/2567", tenant).with(provincialOfficer("23")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/analytics/agencies/{code}/2567", tenant).with(provincialOfficer("80")))
                .andExpect(status().isOk());
    }

    @Test
    void municipalUsersReadOnlyTheirOwnTenant() throws Exception {
        mvc.perform(get("/api/analytics/agencies/{code}/2567", tenant).with(municipalOfficer(tenant)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/analytics/agencies/{code}/2567", tenant).with(municipalAdmin(tenant)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/analytics/agencies/{code}/2567", dla).with(municipalOfficer(tenant)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/analytics/agencies/{code}/2567", tenant).with(municipalOfficer("other-" + run)))
                .andExpect(status().isForbidden());
        // another tenant's missing year must not be told apart from a refusal
        mvc.perform(get("/api/analytics/agencies/{code}/2566", tenant).with(municipalOfficer("other-" + run)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/analytics/agencies/{code}/2566", tenant).with(municipalOfficer(tenant)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/analytics/agencies/{code}/2567", tenant).with(service()))
                .andExpect(status().isForbidden());
    }

    @Test
    void badParametersAndMissingFacts() throws Exception {
        mvc.perform(get("/api/analytics/agencies/{code}/2567", "BAD CODE").with(nationalAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agencyCode"));
        mvc.perform(get("/api/analytics/agencies/{code}/1999", dla).with(nationalAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fy"));
        mvc.perform(get("/api/analytics/agencies/{code}/2567", dla)
                        .param("dataset", "fake")
                        .with(nationalAdmin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dataset"));
        mvc.perform(get("/api/analytics/agencies/{code}/2567", dla)
                        .param("dataset", "synthetic")
                        .with(nationalAdmin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/analytics/agencies/{code}/2566", dla).with(nationalAdmin()))
                .andExpect(status().isNotFound());
    }
}
