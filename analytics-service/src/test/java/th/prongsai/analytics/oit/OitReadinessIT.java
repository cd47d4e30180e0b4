package th.prongsai.analytics.oit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import th.prongsai.analytics.support.AnalyticsIT;
import th.prongsai.events.OitReadinessChanged;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import tools.jackson.databind.JsonNode;

/**
 * report-service's OIT readiness events become the province's list, the national summary and the association with
 * the year's OIT score: stored once and newest-wins, scoped like the province summary, cached until a new event.
 * Each test uses a fiscal year of its own in 2600–2699 (no other data there) and tenant codes of its own.
 */
class OitReadinessIT extends AnalyticsIT {

    private final int year = 2600 + (int) (System.nanoTime() % 100);
    private final List<String> codes = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (String code : codes) {
            jdbc.update("DELETE FROM oit_readiness WHERE tenant_code = ?", code);
            jdbc.update("DELETE FROM score_facts WHERE agency_code = ?", code);
            jdbc.update("DELETE FROM tenants WHERE code = ?", code);
        }
    }

    @Test
    void eventsBecomeTheProvincesListWorstFirstWithEveryMunicipality() throws Exception {
        String low = tenant("o1", "80");
        String high = tenant("o2", "80");
        String silent = tenant("o3", "80");
        String elsewhere = tenant("o4", "81");
        readiness(low, year, 43, 13, "30.23", 20, 5, 3, 2, 0, LocalDate.of(2024, 4, 30), Instant.now());
        readiness(high, year, 43, 39, "90.70", 1, 1, 1, 1, 0, null, Instant.now());
        readiness(elsewhere, year, 43, 43, "100.00", 0, 0, 0, 0, 0, null, Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(low) && stored(high) && stored(elsewhere));

        JsonNode list = ok(get("/api/analytics/oit/provinces/80").param("fy", "" + year), provincialOfficer("80"));
        assertThat(list.get("province").asString()).isEqualTo("80");
        assertThat(list.get("provinceNameTh").asString()).isEqualTo("นครศรีธรรมราช");
        assertThat(list.get("fiscalYear").asInt()).isEqualTo(year);
        List<String> ours = new ArrayList<>();
        JsonNode lowRow = null;
        JsonNode silentRow = null;
        for (JsonNode row : list.get("rows")) {
            String code = row.get("code").asString();
            assertThat(code).as("only the province's municipalities").isNotEqualTo(elsewhere);
            if (codes.contains(code)) {
                ours.add(code);
            }
            if (code.equals(low)) {
                lowRow = row;
            }
            if (code.equals(silent)) {
                silentRow = row;
            }
        }
        assertThat(ours).as("no answer first, then the lowest share").containsExactly(silent, low, high);
        assertThat(silentRow.get("nameTh").asString()).isEqualTo("เทศบาลตำบลทดสอบ " + silent);
        assertThat(silentRow.get("readiness").isNull())
                .as("never answered: no data")
                .isTrue();
        JsonNode r = lowRow.get("readiness");
        assertThat(r.get("items").asInt()).isEqualTo(43);
        assertThat(r.get("ready").asInt()).isEqualTo(13);
        assertThat(r.get("sharePercent").decimalValue()).isEqualByComparingTo("30.23");
        assertThat(r.get("missing").asInt()).isEqualTo(20);
        assertThat(r.get("broken").asInt()).isEqualTo(5);
        assertThat(r.get("offSite").asInt()).isEqualTo(3);
        assertThat(r.get("wrongYear").asInt()).isEqualTo(2);
        assertThat(r.get("itasCloses").asString()).isEqualTo("2024-04-30");
        assertThat(r.get("updatedAt").asString()).isNotBlank();
        assertThat(list.get("reporting").asLong())
                .as("only our tenants answered for this year")
                .isEqualTo(2);

        JsonNode national = ok(get("/api/analytics/oit/national").param("fy", "" + year), nationalAdmin());
        assertThat(national.get("reporting").asLong()).isEqualTo(3);
        assertThat(national.get("atLeast80").asLong()).isEqualTo(2);
        assertThat(national.get("below50").asLong()).isEqualTo(1);
        assertThat(national.get("meanShare").decimalValue())
                .as("every municipality once: (30.23 + 90.70 + 100) / 3")
                .isEqualByComparingTo("73.64");
        JsonNode p80 = province(national, "80");
        assertThat(p80.get("reporting").asLong()).isEqualTo(2);
        assertThat(p80.get("municipalities").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(p80.get("meanShare").decimalValue()).isEqualByComparingTo("60.47");
        assertThat(p80.get("atLeast80").asLong()).isEqualTo(1);
        assertThat(p80.get("ready").asLong()).isEqualTo(52);
        assertThat(p80.get("items").asLong()).isEqualTo(86);
        assertThat(p80.get("missing").asLong()).isEqualTo(21);
        assertThat(province(national, "81").get("meanShare").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void aReplayedOrOlderEventNeverOverwritesTheNewerState() throws Exception {
        String code = tenant("r", "80");
        Instant now = Instant.now();
        readiness(code, year, 43, 20, "46.51", 23, 0, 0, 0, 0, null, now);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(code));
        readiness(code, year, 43, 5, "11.63", 38, 0, 0, 0, 0, null, now.minusSeconds(3600));
        readiness(code, year, 43, 1, "2.33", 42, 0, 0, 0, 0, null, now);
        // a later entry of the stream: once it is stored, the two before it have been applied (or ignored)
        String marker = tenant("m", "80");
        readiness(marker, year, 10, 10, "100.00", 0, 0, 0, 0, 0, null, Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(marker));
        assertThat(jdbc.queryForObject(
                        "SELECT ready FROM oit_readiness WHERE tenant_code = ? AND fiscal_year = ?",
                        Integer.class,
                        code,
                        year))
                .isEqualTo(20);

        readiness(code, year, 43, 43, "100.00", 0, 0, 0, 0, 0, null, now.plusSeconds(60));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT ready FROM oit_readiness WHERE tenant_code = ? AND fiscal_year = ?",
                                Integer.class,
                                code,
                                year)
                        == 43);
    }

    @Test
    void anEventThatCanNeverBeStoredIsSkippedAndDoesNotHoldBackTheNext() {
        String code = tenant("bad", "80");
        readiness(code, year, 10, 11, "110.00", 0, 0, 0, 0, 0, null, Instant.now());
        redis.opsForStream()
                .add(StreamRecords.newRecord()
                        .in(Streams.OIT)
                        .ofMap(Map.of(
                                Streams.FIELD_TYPE,
                                OitReadinessChanged.class.getSimpleName(),
                                Streams.FIELD_PAYLOAD,
                                "{not json")));
        String next = tenant("next", "80");
        readiness(next, year, 10, 5, "50.00", 5, 0, 0, 0, 0, null, Instant.now());
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(next));
        assertThat(stored(code)).isFalse();
    }

    @Test
    void aProvincialOfficerSeesOnlyTheirProvinceAndNationalAnswersAreForNationalAdmins() throws Exception {
        String code = tenant("s", "80");
        String q = "?fy=" + year;
        assertThat(status(get("/api/analytics/oit/provinces/80" + q), provincialOfficer("80")))
                .isEqualTo(200);
        assertThat(status(get("/api/analytics/oit/provinces/81" + q), nationalAdmin()))
                .isEqualTo(200);
        for (String path : List.of("/provinces/81", "/national", "/association")) {
            MockHttpServletResponse response = mvc.perform(
                            get("/api/analytics/oit" + path + q).with(provincialOfficer("80")))
                    .andReturn()
                    .getResponse();
            assertForbidden(path, response);
        }
        for (RequestPostProcessor other : List.of(municipalOfficer(code), municipalAdmin(code))) {
            assertForbidden(
                    "municipal",
                    mvc.perform(get("/api/analytics/oit/provinces/80" + q).with(other))
                            .andReturn()
                            .getResponse());
        }
        assertThat(status(get("/api/analytics/oit/provinces/80" + q), service()))
                .as("another service is no reader")
                .isEqualTo(403);
    }

    @Test
    void badInputIsAProblemNeverA500() throws Exception {
        List<String> bad = List.of(
                "/api/analytics/oit/provinces/80?fy=2499",
                "/api/analytics/oit/provinces/80?fy=2701",
                "/api/analytics/oit/provinces/80?fy=abcd",
                "/api/analytics/oit/provinces/80",
                "/api/analytics/oit/provinces/99?fy=2567",
                "/api/analytics/oit/provinces/8?fy=2567",
                "/api/analytics/oit/provinces/xx?fy=2567",
                "/api/analytics/oit/national?fy=1",
                "/api/analytics/oit/national",
                "/api/analytics/oit/association?fy=2567.5",
                "/api/analytics/oit/association?fy=");
        for (String path : bad) {
            MockHttpServletResponse response =
                    mvc.perform(get(path).with(nationalAdmin())).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(response.getStatus()).as(path + " → " + body).isEqualTo(400);
            assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
            JsonNode problem = json.readTree(body);
            assertThat(problem.get("type").asString()).isEqualTo("https://prongsai.th/problems/validation");
            assertThat(problem.get("detail").asString()).as(path).contains("ข้อมูลที่ส่งมาไม่ถูกต้อง");
        }
    }

    @Test
    void aNewEventMakesTheCachedListOutOfDate() throws Exception {
        String code = tenant("c", "23");
        Instant first = Instant.now();
        readiness(code, year, 40, 10, "25.00", 30, 0, 0, 0, 0, null, first);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(code));
        String path = "/api/analytics/oit/provinces/23?fy=" + year;
        await().atMost(Duration.ofSeconds(5)).until(() -> "25.00".equals(share(path, code)));

        // changed behind the consumer's back: the cached answer is still served
        jdbc.update("UPDATE oit_readiness SET share_percent = 99 WHERE tenant_code = ?", code);
        assertThat(share(path, code)).as("served from the cache").isEqualTo("25.00");

        readiness(code, year, 40, 20, "50.00", 20, 0, 0, 0, 0, null, first.plusSeconds(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> "50.00".equals(share(path, code)));
    }

    @Test
    void readinessAgainstTheYearsOitScoreInBandsLabelledAsAnAssociation() throws Exception {
        String[][] municipalities = {
            {"10.00", "40.00"},
            {"20.00", "50.00"},
            {"30.00", "55.00"},
            {"60.00", null},
            {"80.00", "70.00"},
            {"100.00", "90.00"},
            {"75.00", "80.00"}
        };
        for (String[] m : municipalities) {
            String code = tenant("a", "80");
            BigDecimal share = new BigDecimal(m[0]);
            readiness(code, year, 100, share.intValue(), m[0], 100 - share.intValue(), 0, 0, 0, 0, null, Instant.now());
            if (m[1] != null) {
                fact(code, year, m[1]);
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> codes.stream().allMatch(this::stored));

        JsonNode answer = ok(get("/api/analytics/oit/association").param("fy", "" + year), nationalAdmin());
        assertThat(answer.get("labelTh").asString()).isEqualTo("ความสัมพันธ์ ไม่ใช่เหตุและผล");
        assertThat(answer.get("noteTh").asString()).contains("ไม่ได้แสดงว่า");
        JsonNode bands = answer.get("bands");
        assertThat(bands).hasSize(4);
        assertThat(bands.get(0).get("label").asString()).isEqualTo("0–25 %");
        assertThat(bands.get(0).get("n").asLong()).isEqualTo(2);
        assertThat(bands.get(0).get("meanOit").decimalValue()).isEqualByComparingTo("45.00");
        assertThat(bands.get(0).get("small").asBoolean()).isTrue();
        assertThat(bands.get(1).get("n").asLong()).isEqualTo(1);
        assertThat(bands.get(2).get("n").asLong()).as("60 % has no score yet").isEqualTo(1);
        assertThat(bands.get(2).get("scored").asLong()).isZero();
        assertThat(bands.get(2).get("meanOit").isNull()).isTrue();
        assertThat(bands.get(3).get("n").asLong()).as("75, 80 and 100 %").isEqualTo(3);
        assertThat(bands.get(3).get("meanOit").decimalValue()).isEqualByComparingTo("80.00");
    }

    private boolean stored(String code) {
        return !jdbc.queryForList("SELECT 1 FROM oit_readiness WHERE tenant_code = ? AND fiscal_year = ?", code, year)
                .isEmpty();
    }

    private String share(String path, String code) throws Exception {
        for (JsonNode row : ok(get(path), nationalAdmin()).get("rows")) {
            if (row.get("code").asString().equals(code) && !row.get("readiness").isNull()) {
                return row.get("readiness")
                        .get("sharePercent")
                        .decimalValue()
                        .setScale(2)
                        .toPlainString();
            }
        }
        return null;
    }

    private static JsonNode province(JsonNode national, String code) {
        for (JsonNode p : national.get("provinces")) {
            if (p.get("province").asString().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no province " + code + " in " + national);
    }

    private JsonNode ok(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor caller)
            throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(caller)).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        return json.readTree(body);
    }

    private int status(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor caller)
            throws Exception {
        return mvc.perform(request.with(caller)).andReturn().getResponse().getStatus();
    }

    private void assertForbidden(String what, MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(what + " → " + body).isEqualTo(403);
        assertThat(response.getContentType()).as(what).startsWith("application/problem+json");
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("type").asString()).isEqualTo("https://prongsai.th/problems/forbidden");
        assertThat(problem.get("detail").asString()).isEqualTo("ไม่มีสิทธิ์ดูข้อมูลการวิเคราะห์นี้");
    }

    /** A tenant known to analytics (its lifecycle event applied), with a code no other test uses. */
    private String tenant(String prefix, String province) {
        String code = "oit" + prefix + run + codes.size();
        codes.add(code);
        TenantEvent event = new TenantEvent(
                UUID.randomUUID(),
                TenantEvent.Kind.ONBOARDED,
                code,
                "เทศบาลตำบลทดสอบ " + code,
                "Test",
                "SUBDISTRICT_MUNICIPALITY",
                province,
                "ACTIVE",
                Instant.now());
        redis.opsForStream()
                .add(StreamRecords.newRecord()
                        .in(Streams.TENANTS)
                        .ofMap(Map.of(
                                Streams.FIELD_TYPE,
                                TenantEvent.class.getSimpleName(),
                                Streams.FIELD_PAYLOAD,
                                json.writeValueAsString(event))));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !jdbc.queryForList("SELECT 1 FROM tenants WHERE code = ?", code)
                        .isEmpty());
        return code;
    }

    private void readiness(
            String code,
            int fy,
            int items,
            int ready,
            String share,
            int missing,
            int broken,
            int offSite,
            int wrongYear,
            int notChecked,
            LocalDate closes,
            Instant at) {
        OitReadinessChanged event = new OitReadinessChanged(
                code,
                fy,
                items,
                ready,
                share == null ? null : new BigDecimal(share),
                missing,
                broken,
                offSite,
                wrongYear,
                notChecked,
                closes,
                at);
        redis.opsForStream()
                .add(StreamRecords.newRecord()
                        .in(Streams.OIT)
                        .ofMap(Map.of(
                                Streams.FIELD_TYPE,
                                OitReadinessChanged.class.getSimpleName(),
                                Streams.FIELD_PAYLOAD,
                                json.writeValueAsString(event))));
    }

    /** A score fact of the real dataset with this OIT tool mean (the other figures do not matter here). */
    private void fact(String code, int fy, String oit) {
        jdbc.update("""
                INSERT INTO score_facts (dataset, agency_code, fiscal_year, tenant_code, name_th, lao_type, province,
                    scores, iit, eit, oit, overall, level_code, passed, source, updated_at)
                VALUES ('real', ?, ?, ?, 'เทศบาลตำบลทดสอบ', 'SUBDISTRICT_MUNICIPALITY', '80', '{}'::jsonb,
                    80, 80, ?, 80, 'A', true, 'TENANT', now())""", code, fy, code, new BigDecimal(oit));
    }
}
