package th.prongsai.analytics.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import th.prongsai.analytics.facts.AnalyticsFrameworks;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.Indicator;

/**
 * Measures and results: for each indicator, the mean change from fy−1 to fy among tenants that aimed at least one
 * measure of fy at it ({@code measure_coverage}) against tenants that aimed none. Real dataset, tenants with facts
 * in both years. An association only: tenants choose measures for their weak indicators, which also tend to
 * bounce back, so a difference says nothing about what caused it. A caller who may not see every tenant of a group
 * gets only the n of a group smaller than the minimum size ({@link Disclosure}).
 */
@Service
class MeasureEffects {

    static final String NOTE = "association, not causation: tenants aim measures at their weak indicators, which"
            + " often rise anyway (regression to the mean), and many other things change between years."
            + " / เป็นความสัมพันธ์ ไม่ใช่เหตุและผล: หน่วยงานมักกำหนดมาตรการกับตัวชี้วัดที่อ่อน ซึ่งมักดีขึ้นเองได้"
            + " และมีปัจจัยอื่นเปลี่ยนแปลงระหว่างปีอีกมาก";

    private static final String SQL = """
            WITH changes AS (
              SELECT c.tenant_code, e.key AS indicator, e.value::numeric - (p.scores ->> e.key)::numeric AS change,
                     %s AS visible
              FROM score_facts c
              JOIN score_facts p ON p.dataset = 'real' AND p.fiscal_year = c.fiscal_year - 1
                                AND p.agency_code = c.agency_code
              CROSS JOIN LATERAL jsonb_each_text(c.scores) e
              WHERE c.dataset = 'real' AND c.fiscal_year = :fy AND c.tenant_code IS NOT NULL
                AND jsonb_exists(p.scores, e.key)),
            marked AS (
              SELECT ch.indicator, ch.change, ch.visible,
                     EXISTS (SELECT 1 FROM measure_coverage m WHERE m.tenant_code = ch.tenant_code
                             AND m.fiscal_year = :fy AND m.indicator_code = ch.indicator AND m.measures > 0)
                       AS with_measures
              FROM changes ch)
            SELECT indicator,
                   count(*) FILTER (WHERE with_measures) AS n_with, avg(change) FILTER (WHERE with_measures) AS mean_with,
                   count(*) FILTER (WHERE with_measures AND NOT visible) AS hidden_with,
                   count(*) FILTER (WHERE NOT with_measures) AS n_without,
                   avg(change) FILTER (WHERE NOT with_measures) AS mean_without,
                   count(*) FILTER (WHERE NOT with_measures AND NOT visible) AS hidden_without
            FROM marked GROUP BY indicator""";

    private final NamedParameterJdbcTemplate sql;
    private final AnalyticsFrameworks frameworks;

    public MeasureEffects(NamedParameterJdbcTemplate sql, AnalyticsFrameworks frameworks) {
        this.sql = sql;
        this.frameworks = frameworks;
    }

    Effects effects(int fy, Disclosure disclosure) {
        Framework framework = frameworks.require(fy);
        Map<String, Effect> byIndicator = new HashMap<>();
        MapSqlParameterSource p = new MapSqlParameterSource("fy", fy);
        sql.query(SQL.formatted(disclosure.visible("c", p)), p, rs -> {
            long nWith = rs.getLong("n_with");
            long nWithout = rs.getLong("n_without");
            boolean withheldWith = disclosure.suppressed(nWith, rs.getLong("hidden_with"));
            boolean withheldWithout = disclosure.suppressed(nWithout, rs.getLong("hidden_without"));
            BigDecimal with = withheldWith ? null : rs.getBigDecimal("mean_with");
            BigDecimal without = withheldWithout ? null : rs.getBigDecimal("mean_without");
            String code = rs.getString("indicator");
            byIndicator.put(
                    code,
                    new Effect(
                            code,
                            null,
                            nWith,
                            Figures.two(with),
                            nWithout,
                            Figures.two(without),
                            with == null || without == null ? null : Figures.two(with.subtract(without)),
                            withheldWith || withheldWithout));
        });
        // every indicator of the year, in framework order, even without data
        List<Effect> effects = new ArrayList<>();
        for (Indicator indicator : framework.indicators()) {
            Effect e = byIndicator.get(indicator.code());
            effects.add(
                    e == null
                            ? new Effect(indicator.code(), indicator.nameTh(), 0, null, 0, null, null, false)
                            : new Effect(
                                    e.indicator(),
                                    indicator.nameTh(),
                                    e.nWithMeasures(),
                                    e.meanChangeWithMeasures(),
                                    e.nWithoutMeasures(),
                                    e.meanChangeWithoutMeasures(),
                                    e.difference(),
                                    e.suppressed()));
        }
        boolean anyWithheld = effects.stream().anyMatch(Effect::suppressed);
        return new Effects("real", fy, fy - 1, effects, NOTE, anyWithheld ? disclosure.note() : null);
    }

    /**
     * Mean changes (2 decimals) fy−1 → fy; difference = with − without. {@code suppressed}: a group was too small
     * for this caller, so its mean (and the difference) is withheld and only its n is shown.
     */
    public record Effect(
            String indicator,
            String nameTh,
            long nWithMeasures,
            BigDecimal meanChangeWithMeasures,
            long nWithoutMeasures,
            BigDecimal meanChangeWithoutMeasures,
            BigDecimal difference,
            boolean suppressed) {}

    /** {@code suppressionNote}: what was withheld and why, null when nothing was. */
    public record Effects(
            String dataset,
            int fiscalYear,
            int comparedWith,
            List<Effect> indicators,
            String note,
            String suppressionNote)
            implements CsvTable.Tabular {

        @Override
        public CsvTable table() {
            return new CsvTable(
                    List.of(
                            "fiscal_year",
                            "compared_with",
                            "indicator",
                            "name_th",
                            "n_with_measures",
                            "mean_change_with_measures",
                            "n_without_measures",
                            "mean_change_without_measures",
                            "difference",
                            "note",
                            "suppressed"),
                    indicators.stream()
                            .map(e -> Arrays.<Object>asList(
                                    fiscalYear,
                                    comparedWith,
                                    e.indicator(),
                                    e.nameTh(),
                                    e.nWithMeasures(),
                                    e.meanChangeWithMeasures(),
                                    e.nWithoutMeasures(),
                                    e.meanChangeWithoutMeasures(),
                                    e.difference(),
                                    note,
                                    e.suppressed()))
                            .toList());
        }
    }
}
