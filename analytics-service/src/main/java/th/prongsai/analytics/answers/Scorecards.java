package th.prongsai.analytics.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import th.prongsai.analytics.answers.Access.Subject;
import th.prongsai.analytics.answers.Figures.LevelView;
import th.prongsai.analytics.facts.AnalyticsFrameworks;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.scoring.IndicatorResult;
import th.prongsai.ita.scoring.ScoreCard;
import th.prongsai.ita.scoring.Scoring;
import th.prongsai.ita.scoring.ToolResult;
import th.prongsai.ita.scoring.Trend;
import th.prongsai.platform.web.ApiProblem;

/**
 * One agency's year: the score card (from {@link Scoring#score}, with the previous year for changes), its rank
 * and percentile among the province, the same LAO type and the nation, and its weakest indicators relative to
 * the province median. Three indexed statements over one year's rows, whatever the national size. A group the
 * caller may not see whole and smaller than the minimum size ({@link Disclosure}) shows its n only: no rank,
 * percentile or (for the province) medians.
 */
@Service
class Scorecards {

    /** The agency behind a code: its own agency code first, else a row whose tenant code it is. */
    // agency_code is indexed; a tenant code is only looked for when no agency has that code (the second
    // branch never runs once the first found a row)
    static final String SUBJECT_SQL = """
            (SELECT agency_code, tenant_code, province FROM score_facts
             WHERE dataset = :dataset AND agency_code = :code AND fiscal_year BETWEEN :from AND :to
             ORDER BY fiscal_year DESC LIMIT 1)
            UNION ALL
            (SELECT agency_code, tenant_code, province FROM score_facts
             WHERE dataset = :dataset AND tenant_code = :code AND fiscal_year BETWEEN :from AND :to
             ORDER BY fiscal_year DESC LIMIT 1)
            LIMIT 1""";

    private static final String FACTS_SQL = """
            SELECT agency_code, tenant_code, name_th, lao_type, province, fiscal_year, scores::text AS scores,
                   overall, published_overall
            FROM score_facts
            WHERE dataset = :dataset AND agency_code = :agency AND fiscal_year IN (:fy, :fy - 1)""";

    // rank = 1 + number with a higher overall (what rank() OVER (ORDER BY overall DESC) gives: ties share the
    // lower number); percentile = share with a LOWER overall. One pass over the year's rows.
    private static final String RANKS_SQL = """
            SELECT count(*) AS n,
                   count(*) FILTER (WHERE overall > :overall) AS above,
                   count(*) FILTER (WHERE overall < :overall) AS below,
                   count(*) FILTER (WHERE province = :province) AS n_province,
                   count(*) FILTER (WHERE province = :province AND overall > :overall) AS above_province,
                   count(*) FILTER (WHERE province = :province AND overall < :overall) AS below_province,
                   count(*) FILTER (WHERE lao_type = :type) AS n_type,
                   count(*) FILTER (WHERE lao_type = :type AND overall > :overall) AS above_type,
                   count(*) FILTER (WHERE lao_type = :type AND overall < :overall) AS below_type,
                   count(*) FILTER (WHERE NOT %1$s) AS hidden,
                   count(*) FILTER (WHERE province = :province AND NOT %1$s) AS hidden_province,
                   count(*) FILTER (WHERE lao_type = :type AND NOT %1$s) AS hidden_type
            FROM score_facts WHERE dataset = :dataset AND fiscal_year = :fy""";

    private static final String PROVINCE_MEDIANS_SQL = """
            SELECT e.key AS indicator, percentile_cont(0.5) WITHIN GROUP (ORDER BY e.value::numeric) AS median
            FROM score_facts f CROSS JOIN LATERAL jsonb_each_text(f.scores) e
            WHERE f.dataset = :dataset AND f.fiscal_year = :fy AND f.province = :province
            GROUP BY e.key""";

    private final NamedParameterJdbcTemplate sql;
    private final AnalyticsFrameworks frameworks;

    public Scorecards(NamedParameterJdbcTemplate sql, AnalyticsFrameworks frameworks) {
        this.sql = sql;
        this.frameworks = frameworks;
    }

    /** Who a code names in the years from–to (for authorization before the cache). */
    Optional<Subject> subject(Dataset dataset, String code, int from, int to) {
        return sql
                .query(
                        SUBJECT_SQL,
                        new MapSqlParameterSource("dataset", dataset.key())
                                .addValue("code", code)
                                .addValue("from", from)
                                .addValue("to", to),
                        (rs, i) -> new Subject(
                                rs.getString("agency_code"), rs.getString("tenant_code"), rs.getString("province")))
                .stream()
                .findFirst();
    }

    Scorecard scorecard(Dataset dataset, Subject subject, int fy, Disclosure disclosure) {
        Framework framework = frameworks.require(fy);
        MapSqlParameterSource p = new MapSqlParameterSource("dataset", dataset.key())
                .addValue("agency", subject.agencyCode())
                .addValue("fy", fy);
        Map<Integer, Row> rows = new HashMap<>();
        sql.query(FACTS_SQL, p, rs -> {
            rows.put(
                    rs.getInt("fiscal_year"),
                    new Row(
                            rs.getString("agency_code"),
                            rs.getString("tenant_code"),
                            rs.getString("name_th"),
                            rs.getString("lao_type"),
                            rs.getString("province"),
                            Figures.scores(rs.getString("scores")),
                            rs.getBigDecimal("overall"),
                            rs.getBigDecimal("published_overall")));
        });
        Row row = rows.get(fy);
        if (row == null) {
            throw ApiProblem.notFound("ผลการประเมินของหน่วยงาน " + subject.agencyCode() + " ปีงบประมาณ " + fy);
        }
        Row previous = rows.get(fy - 1);
        ScoreCard card;
        try {
            card = Scoring.score(framework, row.scores(), previous == null ? null : previous.scores());
        } catch (IllegalArgumentException e) {
            // a stored fact the framework refuses (see data quality): say so rather than fail with a 500
            throw new ApiProblem(
                    HttpStatus.CONFLICT,
                    "invalid-fact",
                    "Stored fact does not fit the framework",
                    "ผลการประเมินที่เก็บไว้ของหน่วยงานนี้ไม่ตรงกับกรอบการประเมินปี " + fy
                            + " กรุณาตรวจสอบคุณภาพข้อมูล");
        }

        p.addValue("overall", row.overall())
                .addValue("province", row.province())
                .addValue("type", row.laoType());
        Ranks ranks = sql.queryForObject(
                RANKS_SQL.formatted(disclosure.visible(null, p)),
                p,
                (rs, i) -> new Ranks(
                        standing(
                                rs.getLong("above"),
                                rs.getLong("below"),
                                rs.getLong("n"),
                                rs.getLong("hidden"),
                                disclosure),
                        standing(
                                rs.getLong("above_province"),
                                rs.getLong("below_province"),
                                rs.getLong("n_province"),
                                rs.getLong("hidden_province"),
                                disclosure),
                        standing(
                                rs.getLong("above_type"),
                                rs.getLong("below_type"),
                                rs.getLong("n_type"),
                                rs.getLong("hidden_type"),
                                disclosure)));

        Map<String, BigDecimal> medians = new HashMap<>();
        if (!ranks.province().suppressed()) {
            sql.query(PROVINCE_MEDIANS_SQL, p, rs -> {
                medians.put(rs.getString("indicator"), rs.getBigDecimal("median"));
            });
        }
        List<IndicatorLine> indicators = new ArrayList<>();
        for (IndicatorResult result : card.indicators()) {
            BigDecimal median = Figures.exact(medians.get(result.code()));
            indicators.add(new IndicatorLine(
                    result.code(),
                    result.nameTh(),
                    result.toolCode(),
                    result.score(),
                    result.passed(),
                    result.previousScore(),
                    result.change(),
                    result.trend(),
                    result.trend() == null ? null : result.trend().labelTh(),
                    median,
                    median == null ? null : result.score().subtract(median)));
        }
        // weakest relative to peers: the most negative (score − province median); ties in framework order
        List<IndicatorLine> weakest = indicators.stream()
                .filter(line -> line.vsProvinceMedian() != null
                        && line.vsProvinceMedian().signum() < 0)
                .sorted(Comparator.comparing(IndicatorLine::vsProvinceMedian))
                .limit(3)
                .toList();
        BigDecimal overallChange = previous == null ? null : Scoring.change(card.overall(), previous.overall());
        return new Scorecard(
                dataset.key(),
                row.agencyCode(),
                row.tenantCode(),
                row.nameTh(),
                row.laoType(),
                row.province(),
                fy,
                indicators,
                card.tools(),
                card.overall(),
                row.publishedOverall(),
                previous == null ? null : previous.overall(),
                overallChange,
                overallChange == null ? null : Trend.of(overallChange),
                Figures.level(framework, card.level().code()),
                card.passed(),
                framework.passMark(),
                card.overall().compareTo(framework.passMark()) >= 0
                        ? BigDecimal.ZERO.setScale(2)
                        : framework.passMark().subtract(card.overall()),
                ranks,
                weakest.stream().map(IndicatorLine::code).toList(),
                PERCENTILE_DEFINITION,
                ranks.anySuppressed() ? disclosure.note() : null);
    }

    static final String PERCENTILE_DEFINITION = "rank 1 = best overall, ties share the lower rank number (SQL rank());"
            + " percentile = share of the group's agencies with a LOWER overall, 0–100, 2 decimals";

    private static Standing standing(long above, long below, long n, long hidden, Disclosure disclosure) {
        if (disclosure.suppressed(n, hidden)) {
            return new Standing(null, n, null, true);
        }
        return new Standing(above + 1, n, Figures.percent(below, n), false);
    }

    private record Row(
            String agencyCode,
            String tenantCode,
            String nameTh,
            String laoType,
            String province,
            Map<String, BigDecimal> scores,
            BigDecimal overall,
            BigDecimal publishedOverall) {}

    /**
     * Rank (1 = best) among n agencies, and the percentile (share with a lower overall); both null when
     * {@code suppressed} (a group too small for this caller).
     */
    public record Standing(Long rank, long of, BigDecimal percentile, boolean suppressed) {}

    public record Ranks(Standing national, Standing province, Standing type) {

        boolean anySuppressed() {
            return national.suppressed() || province.suppressed() || type.suppressed();
        }
    }

    public record IndicatorLine(
            String code,
            String nameTh,
            String tool,
            BigDecimal score,
            boolean passed,
            BigDecimal previousScore,
            BigDecimal change,
            Trend trend,
            String trendTh,
            BigDecimal provinceMedian,
            BigDecimal vsProvinceMedian) {}

    public record Scorecard(
            String dataset,
            String agencyCode,
            String tenantCode,
            String nameTh,
            String laoType,
            String province,
            int fiscalYear,
            List<IndicatorLine> indicators,
            List<ToolResult> tools,
            BigDecimal overall,
            BigDecimal publishedOverall,
            BigDecimal previousOverall,
            BigDecimal overallChange,
            Trend overallTrend,
            LevelView level,
            boolean passed,
            BigDecimal passMark,
            BigDecimal gapToPassMark,
            Ranks ranks,
            List<String> weakestIndicators,
            String rankingNote,
            String suppressionNote)
            implements CsvTable.Tabular {

        @Override
        public CsvTable table() {
            List<List<Object>> rows = new ArrayList<>();
            for (IndicatorLine line : indicators) {
                rows.add(row(
                        "indicator " + line.code(),
                        line.score(),
                        line.passed(),
                        line.change(),
                        line.trend(),
                        line.provinceMedian(),
                        null,
                        null,
                        null));
            }
            for (ToolResult tool : tools) {
                rows.add(row("tool " + tool.code(), tool.mean(), tool.passed(), null, null, null, null, null, null));
            }
            rows.add(row("overall", overall, passed, overallChange, overallTrend, null, null, null, null));
            rows.add(row("published overall", publishedOverall, null, null, null, null, null, null, null));
            rows.add(row("gap to pass mark", gapToPassMark, null, null, null, null, null, null, null));
            rows.add(row(
                    "rank national",
                    null,
                    null,
                    null,
                    null,
                    null,
                    ranks.national().rank(),
                    ranks.national().of(),
                    ranks.national().percentile()));
            rows.add(row(
                    "rank province " + province,
                    null,
                    null,
                    null,
                    null,
                    null,
                    ranks.province().rank(),
                    ranks.province().of(),
                    ranks.province().percentile()));
            rows.add(row(
                    "rank type " + laoType,
                    null,
                    null,
                    null,
                    null,
                    null,
                    ranks.type().rank(),
                    ranks.type().of(),
                    ranks.type().percentile()));
            return new CsvTable(
                    List.of(
                            "dataset",
                            "agency_code",
                            "name_th",
                            "fiscal_year",
                            "level",
                            "item",
                            "score",
                            "passed",
                            "change",
                            "trend",
                            "province_median",
                            "rank",
                            "of",
                            "percentile"),
                    rows);
        }

        private List<Object> row(
                String item,
                BigDecimal score,
                Boolean passed,
                BigDecimal change,
                Trend trend,
                BigDecimal median,
                Long rank,
                Long of,
                BigDecimal percentile) {
            return Arrays.asList(
                    dataset,
                    agencyCode,
                    nameTh,
                    fiscalYear,
                    level.labelTh(),
                    item,
                    score,
                    passed,
                    change,
                    trend == null ? null : trend.name(),
                    median,
                    rank,
                    of,
                    percentile);
        }
    }
}
