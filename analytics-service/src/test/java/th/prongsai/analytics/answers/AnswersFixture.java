package th.prongsai.analytics.answers;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import th.prongsai.analytics.facts.Agency;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.analytics.facts.FactStore;
import th.prongsai.analytics.facts.Source;
import th.prongsai.analytics.support.AnalyticsIT;
import th.prongsai.events.Streams;
import th.prongsai.ita.framework.BuiltInFrameworks;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.FrameworkJson;

/**
 * A small national picture with known answers, in fiscal years 2689–2692 that only these tests use (their
 * frameworks are the 2567 one re-published under those years, in this JVM's own Redis database), so the
 * other test classes' facts never change a rank or a median here.
 *
 * <pre>
 * 2692  code     province type  scores                    overall  level     2691 overall
 *       9000005  20       SAO   all 100                   100.00   EXCELLENT  –
 *       9000001  23       TOWN  all 90                     90.00   GOOD      95
 *       9000002  23       SUB   all 90                     90.00   GOOD      80
 *       9000003  23       SUB   all 85 (published 85.01)   85.00   GOOD      85
 *       TENANT   23       SUB   80×8, i9 60, i10 70        74.00   IMPROVE   70 (published 74.02)
 *       9000004  23       SAO   all 70                     70.00   IMPROVE   50
 *       9000006  20       SUB   all 60                     60.00   URGENT    –
 * 9000007 (23): facts in 2689 and 2691 only (a gap in 2690); 9000008 (23, 2690): indicator 10 = 101 (impossible).
 * Tenants B and C (20): 2690 all 70 → 2691 all 80 (B) / all 74 (C); 2691 measures: B on 1 and 9, C on 9.
 * </pre>
 */
abstract class AnswersFixture extends AnalyticsIT {

    static final int FY = 2692;
    static final String TENANT = "answers-trat";
    static final String TENANT_B = "answers-b";
    static final String TENANT_C = "answers-c";
    static final String SUB = "SUBDISTRICT_MUNICIPALITY";

    @Autowired
    FactStore store;

    @BeforeEach
    void fixture() {
        for (int year = 2689; year <= 2692; year++) {
            Framework f = BuiltInFrameworks.of(2567).orElseThrow();
            Framework copy = new Framework(year, f.nameTh(), f.passMark(), f.rounding(), f.tools(), f.levelScheme());
            redis.opsForHash().put(Streams.FRAMEWORK_REGISTRY, Integer.toString(year), FrameworkJson.write(copy));
        }
        clean();
        fact("9000005", "อบต.ร้อย", "SAO", "20", null, FY, all(100), null);
        fact("9000001", "เทศบาลเมืองหนึ่ง", "TOWN_MUNICIPALITY", "23", null, FY, all(90), null);
        fact("9000002", "เทศบาลตำบลสอง", SUB, "23", null, FY, all(90), null);
        fact("9000003", "เทศบาลตำบลสาม", SUB, "23", null, FY, all(85), new BigDecimal("85.01"));
        fact(
                TENANT,
                "เทศบาลตำบลทดสอบสิทธิ์",
                SUB,
                "23",
                TENANT,
                FY,
                scores("80 80 80 80 80 80 80 80 60 70"),
                new BigDecimal("74.02"));
        fact("9000004", "อบต.สี่", "SAO", "23", null, FY, all(70), null);
        fact("9000006", "เทศบาลตำบลหก", SUB, "20", null, FY, all(60), null);

        fact("9000001", "เทศบาลเมืองหนึ่ง", "TOWN_MUNICIPALITY", "23", null, FY - 1, all(95), null);
        fact("9000002", "เทศบาลตำบลสอง", SUB, "23", null, FY - 1, all(80), null);
        fact("9000003", "เทศบาลตำบลสาม", SUB, "23", null, FY - 1, all(85), null);
        fact(TENANT, "เทศบาลตำบลทดสอบสิทธิ์", SUB, "23", TENANT, FY - 1, all(70), null);
        fact("9000004", "อบต.สี่", "SAO", "23", null, FY - 1, all(50), null);

        fact("9000007", "อบต.เจ็ด", "SAO", "23", null, 2689, all(75), null);
        fact("9000007", "อบต.เจ็ด", "SAO", "23", null, 2691, all(76), null);
        // the writers refuse a score above 100, so the impossible row goes in straight with SQL
        jdbc.update("""
                INSERT INTO score_facts (dataset, agency_code, fiscal_year, tenant_code, name_th, lao_type, province,
                  scores, iit, eit, oit, overall, published_overall, level_code, passed, source, updated_at)
                VALUES ('real', '9000008', 2690, NULL, 'อบต.แปด', 'SAO', '23',
                  '{"1": 80, "2": 80, "3": 80, "4": 80, "5": 80, "6": 80, "7": 80, "8": 80, "9": 80, "10": 101}',
                  80, 80, 90.5, 84.2, NULL, 'IMPROVE', false, 'NATIONAL', now())""");

        fact(TENANT_B, "เทศบาลตำบลบี", SUB, "20", TENANT_B, 2690, all(70), null);
        fact(TENANT_B, "เทศบาลตำบลบี", SUB, "20", TENANT_B, 2691, all(80), null);
        fact(TENANT_C, "เทศบาลตำบลซี", SUB, "20", TENANT_C, 2690, all(70), null);
        fact(TENANT_C, "เทศบาลตำบลซี", SUB, "20", TENANT_C, 2691, all(74), null);
        store.replaceCoverage(TENANT_B, 2691, Map.of("1", 2, "9", 1));
        store.replaceCoverage(TENANT_C, 2691, Map.of("9", 1));
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM score_facts WHERE fiscal_year BETWEEN 2689 AND 2692");
        jdbc.update("DELETE FROM measure_coverage WHERE fiscal_year BETWEEN 2689 AND 2692");
    }

    void fact(
            String code,
            String name,
            String type,
            String province,
            String tenant,
            int year,
            Map<String, BigDecimal> scores,
            BigDecimal published) {
        store.upsert(
                Dataset.REAL,
                new Agency(code, name, type, province, tenant),
                year,
                scores,
                published,
                tenant == null ? Source.NATIONAL : Source.TENANT);
    }

    static Map<String, BigDecimal> all(int score) {
        return scores((score + " ").repeat(10).strip());
    }

    static Map<String, BigDecimal> scores(String tenScores) {
        String[] parts = tenScores.split(" ");
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            scores.put(Integer.toString(i + 1), new BigDecimal(parts[i]));
        }
        return scores;
    }
}
