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
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.analytics.facts.Provinces;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.Level;

/** A province's year: count per level, n, mean, pass rate, weakest indicators, most improved agencies. */
@Service
class ProvinceSummaries {

    private static final String TOTALS_SQL = """
            SELECT count(*) AS n, avg(overall) AS mean, count(*) FILTER (WHERE passed) AS passed
            FROM score_facts WHERE dataset = :dataset AND fiscal_year = :fy AND province = :province""";

    private static final String LEVELS_SQL = """
            SELECT level_code, count(*) AS n FROM score_facts
            WHERE dataset = :dataset AND fiscal_year = :fy AND province = :province GROUP BY level_code""";

    private static final String WEAKEST_SQL = """
            SELECT e.key AS indicator, avg(e.value::numeric) AS mean
            FROM score_facts f CROSS JOIN LATERAL jsonb_each_text(f.scores) e
            WHERE f.dataset = :dataset AND f.fiscal_year = :fy AND f.province = :province
            GROUP BY e.key ORDER BY mean, length(e.key), e.key LIMIT 3""";

    private static final String IMPROVED_SQL = """
            SELECT c.agency_code, c.name_th, c.lao_type, p.overall AS previous, c.overall,
                   c.overall - p.overall AS change
            FROM score_facts c
            JOIN score_facts p ON p.dataset = c.dataset AND p.fiscal_year = c.fiscal_year - 1
                              AND p.agency_code = c.agency_code
            WHERE c.dataset = :dataset AND c.fiscal_year = :fy AND c.province = :province
            ORDER BY change DESC, c.agency_code LIMIT 5""";

    private final NamedParameterJdbcTemplate sql;
    private final AnalyticsFrameworks frameworks;

    public ProvinceSummaries(NamedParameterJdbcTemplate sql, AnalyticsFrameworks frameworks) {
        this.sql = sql;
        this.frameworks = frameworks;
    }

    Summary summary(Dataset dataset, String province, int fy) {
        Framework framework = frameworks.require(fy);
        MapSqlParameterSource p = new MapSqlParameterSource("dataset", dataset.key())
                .addValue("fy", fy)
                .addValue("province", province);
        long[] totals = new long[2];
        BigDecimal[] mean = new BigDecimal[1];
        sql.query(TOTALS_SQL, p, rs -> {
            totals[0] = rs.getLong("n");
            totals[1] = rs.getLong("passed");
            mean[0] = rs.getBigDecimal("mean");
        });
        Map<String, Long> byLevel = new HashMap<>();
        sql.query(LEVELS_SQL, p, rs -> {
            byLevel.put(rs.getString("level_code"), rs.getLong("n"));
        });
        // every level of the year's scheme, best first, zero when none
        List<LevelCount> levels = new ArrayList<>();
        for (Level level : framework.levelScheme().levels()) {
            levels.add(new LevelCount(level.code(), level.labelTh(), byLevel.getOrDefault(level.code(), 0L)));
        }
        List<IndicatorMean> weakest = sql.query(
                WEAKEST_SQL,
                p,
                (rs, i) -> new IndicatorMean(
                        rs.getString("indicator"),
                        framework
                                .indicator(rs.getString("indicator"))
                                .map(x -> x.nameTh())
                                .orElse(null),
                        Figures.two(rs.getBigDecimal("mean"))));
        List<Improvement> improved = sql.query(
                IMPROVED_SQL,
                p,
                (rs, i) -> new Improvement(
                        rs.getString("agency_code"),
                        rs.getString("name_th"),
                        rs.getString("lao_type"),
                        rs.getBigDecimal("previous"),
                        rs.getBigDecimal("overall"),
                        rs.getBigDecimal("change")));
        return new Summary(
                dataset.key(),
                province,
                Provinces.NAMES_TH.get(province),
                fy,
                totals[0],
                Figures.two(mean[0]),
                Figures.percent(totals[1], totals[0]),
                levels,
                weakest,
                improved);
    }

    public record LevelCount(String code, String labelTh, long count) {}

    public record IndicatorMean(String code, String nameTh, BigDecimal mean) {}

    public record Improvement(
            String agencyCode,
            String nameTh,
            String laoType,
            BigDecimal previousOverall,
            BigDecimal overall,
            BigDecimal change) {}

    /** passRate = share of the province's agencies whose level passes (Scoring's pass), %. */
    public record Summary(
            String dataset,
            String province,
            String provinceNameTh,
            int fiscalYear,
            long n,
            BigDecimal mean,
            BigDecimal passRate,
            List<LevelCount> levels,
            List<IndicatorMean> weakestIndicators,
            List<Improvement> mostImproved)
            implements CsvTable.Tabular {

        @Override
        public CsvTable table() {
            List<List<Object>> rows = new ArrayList<>();
            rows.add(Arrays.asList(dataset, province, fiscalYear, "n", null, null, n));
            rows.add(Arrays.asList(dataset, province, fiscalYear, "mean", null, null, mean));
            rows.add(Arrays.asList(dataset, province, fiscalYear, "pass rate", null, null, passRate));
            levels.forEach(l ->
                    rows.add(Arrays.asList(dataset, province, fiscalYear, "level", l.code(), l.labelTh(), l.count())));
            weakestIndicators.forEach(w -> rows.add(
                    Arrays.asList(dataset, province, fiscalYear, "weakest indicator", w.code(), w.nameTh(), w.mean())));
            mostImproved.forEach(m -> rows.add(Arrays.asList(
                    dataset, province, fiscalYear, "most improved", m.agencyCode(), m.nameTh(), m.change())));
            return new CsvTable(
                    List.of("dataset", "province", "fiscal_year", "item", "code", "name_th", "value"), rows);
        }
    }
}
