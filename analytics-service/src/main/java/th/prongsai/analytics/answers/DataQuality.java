package th.prongsai.analytics.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import th.prongsai.analytics.facts.Dataset;

/**
 * Findings on the stored facts of a year (a province or the nation): a published overall that differs from the
 * computed one by more than 0.01, impossible values (a score outside 0–100; the writers refuse them, we still
 * look), and gaps in an agency's years (facts in a and c, none in b between them, c ≤ the year asked).
 */
@Service
class DataQuality {

    private static final String MISMATCH_SQL = """
            SELECT agency_code, name_th, fiscal_year, published_overall, overall FROM score_facts
            WHERE dataset = :dataset AND fiscal_year = :fy %s
              AND published_overall IS NOT NULL AND abs(published_overall - overall) > 0.01
            ORDER BY agency_code""";

    private static final String IMPOSSIBLE_SQL = """
            SELECT f.agency_code, f.name_th, f.fiscal_year, e.key AS item, e.value AS value
            FROM score_facts f CROSS JOIN LATERAL jsonb_each_text(f.scores) e
            WHERE f.dataset = :dataset AND f.fiscal_year = :fy %s
              AND CASE WHEN e.value ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN e.value::numeric NOT BETWEEN 0 AND 100 ELSE TRUE END
            ORDER BY f.agency_code, e.key""";

    // the grouped pass finds the few agencies with a hole (span > count) cheaply; lag() then names the years
    private static final String GAPS_SQL = """
            WITH holed AS (
              SELECT agency_code FROM score_facts WHERE dataset = :dataset AND fiscal_year <= :fy %1$s
              GROUP BY agency_code HAVING max(fiscal_year) - min(fiscal_year) + 1 > count(*))
            SELECT agency_code, name_th, previous_year, fiscal_year FROM (
              SELECT agency_code, name_th, fiscal_year,
                     lag(fiscal_year) OVER (PARTITION BY agency_code ORDER BY fiscal_year) AS previous_year
              FROM score_facts WHERE dataset = :dataset AND fiscal_year <= :fy %1$s
                AND agency_code IN (SELECT agency_code FROM holed)) y
            WHERE fiscal_year - previous_year > 1
            ORDER BY agency_code, fiscal_year""";

    private final NamedParameterJdbcTemplate sql;

    public DataQuality(NamedParameterJdbcTemplate sql) {
        this.sql = sql;
    }

    /** {@code province} null = the nation. */
    Report report(Dataset dataset, int fy, String province) {
        MapSqlParameterSource p = new MapSqlParameterSource("dataset", dataset.key())
                .addValue("fy", fy)
                .addValue("province", province);
        String inProvince = province == null ? "" : "AND province = :province";
        List<Finding> findings = new ArrayList<>();
        sql.query(MISMATCH_SQL.formatted(inProvince), p, rs -> {
            BigDecimal published = rs.getBigDecimal("published_overall");
            BigDecimal computed = rs.getBigDecimal("overall");
            findings.add(new Finding(
                    "PUBLISHED_OVERALL_DIFFERS",
                    rs.getString("agency_code"),
                    rs.getString("name_th"),
                    rs.getInt("fiscal_year"),
                    "overall",
                    published.toPlainString(),
                    computed.toPlainString(),
                    "คะแนนรวมที่ประกาศ " + published.toPlainString() + " ต่างจากที่คำนวณได้ " + computed.toPlainString()
                            + " เกิน 0.01"));
        });
        sql.query(IMPOSSIBLE_SQL.formatted(province == null ? "" : "AND f.province = :province"), p, rs -> {
            findings.add(new Finding(
                    "IMPOSSIBLE_VALUE",
                    rs.getString("agency_code"),
                    rs.getString("name_th"),
                    rs.getInt("fiscal_year"),
                    "indicator " + rs.getString("item"),
                    rs.getString("value"),
                    null,
                    "คะแนนตัวชี้วัดที่ " + rs.getString("item") + " อยู่นอกช่วง 0–100"));
        });
        sql.query(GAPS_SQL.formatted(inProvince), p, rs -> {
            int before = rs.getInt("previous_year");
            int after = rs.getInt("fiscal_year");
            String missing = after - before == 2 ? Integer.toString(before + 1) : (before + 1) + "–" + (after - 1);
            findings.add(new Finding(
                    "YEAR_GAP",
                    rs.getString("agency_code"),
                    rs.getString("name_th"),
                    after,
                    "fiscal years",
                    missing,
                    null,
                    "มีผลปี " + before + " และ " + after + " แต่ไม่มีผลปี " + missing));
        });
        return new Report(dataset.key(), fy, province == null ? "national" : province, findings.size(), findings);
    }

    /** {@code value}: what is stored (or the missing years); {@code expected}: the computed value, if any. */
    public record Finding(
            String kind,
            String agencyCode,
            String nameTh,
            int fiscalYear,
            String item,
            String value,
            String expected,
            String detailTh) {}

    public record Report(String dataset, int fiscalYear, String scope, int count, List<Finding> findings)
            implements CsvTable.Tabular {

        @Override
        public CsvTable table() {
            return new CsvTable(
                    List.of(
                            "dataset",
                            "scope",
                            "kind",
                            "agency_code",
                            "name_th",
                            "fiscal_year",
                            "item",
                            "value",
                            "expected",
                            "detail_th"),
                    findings.stream()
                            .map(f -> Arrays.<Object>asList(
                                    dataset,
                                    scope,
                                    f.kind(),
                                    f.agencyCode(),
                                    f.nameTh(),
                                    f.fiscalYear(),
                                    f.item(),
                                    f.value(),
                                    f.expected(),
                                    f.detailTh()))
                            .toList());
        }
    }
}
