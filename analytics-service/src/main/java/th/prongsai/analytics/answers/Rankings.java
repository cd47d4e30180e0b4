package th.prongsai.analytics.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import th.prongsai.analytics.answers.Figures.LevelView;
import th.prongsai.analytics.facts.AnalyticsFrameworks;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.scoring.Scoring;
import th.prongsai.ita.scoring.Trend;

/** Rankings of a province or an LAO type in one year, and one agency's years. */
@Service
class Rankings {

    private static final String RANKING_SQL = """
            SELECT rank() OVER (ORDER BY overall DESC) AS rank, agency_code, tenant_code, name_th, lao_type,
                   province, overall, level_code, passed
            FROM score_facts WHERE dataset = :dataset AND fiscal_year = :fy AND %s
            ORDER BY overall DESC, agency_code""";

    private static final String TREND_SQL = """
            SELECT fiscal_year, overall, iit, eit, oit, level_code, passed FROM score_facts
            WHERE dataset = :dataset AND agency_code = :agency AND fiscal_year BETWEEN :from AND :to
            ORDER BY fiscal_year""";

    private final NamedParameterJdbcTemplate sql;
    private final AnalyticsFrameworks frameworks;

    public Rankings(NamedParameterJdbcTemplate sql, AnalyticsFrameworks frameworks) {
        this.sql = sql;
        this.frameworks = frameworks;
    }

    /** {@code by} is "province" or "type"; ties share the lower rank number (SQL rank()). */
    Ranking ranking(Dataset dataset, int fy, String by, String value) {
        Framework framework = frameworks.find(fy).orElse(null);
        String filter = by.equals("province") ? "province = :value" : "lao_type = :value";
        List<Entry> entries = sql.query(
                RANKING_SQL.formatted(filter),
                new MapSqlParameterSource("dataset", dataset.key())
                        .addValue("fy", fy)
                        .addValue("value", value),
                (rs, i) -> new Entry(
                        rs.getLong("rank"),
                        rs.getString("agency_code"),
                        rs.getString("tenant_code"),
                        rs.getString("name_th"),
                        rs.getString("lao_type"),
                        rs.getString("province"),
                        rs.getBigDecimal("overall"),
                        Figures.level(framework, rs.getString("level_code")),
                        rs.getBoolean("passed")));
        return new Ranking(dataset.key(), fy, by + ":" + value, entries.size(), entries);
    }

    /** Years from–to; the change of the first needs the year before, so it is read too and left out. */
    Trends trends(Dataset dataset, String agencyCode, int from, int to) {
        List<Year> years = new ArrayList<>();
        BigDecimal[] previous = {null};
        int[] previousYear = {Integer.MIN_VALUE};
        sql.query(
                TREND_SQL,
                new MapSqlParameterSource("dataset", dataset.key())
                        .addValue("agency", agencyCode)
                        .addValue("from", from - 1)
                        .addValue("to", to),
                rs -> {
                    int fy = rs.getInt("fiscal_year");
                    BigDecimal overall = rs.getBigDecimal("overall");
                    // change only against the year just before (exact); a gap leaves it empty
                    BigDecimal change = previousYear[0] == fy - 1 ? Scoring.change(overall, previous[0]) : null;
                    if (fy >= from) {
                        years.add(new Year(
                                fy,
                                overall,
                                rs.getBigDecimal("iit"),
                                rs.getBigDecimal("eit"),
                                rs.getBigDecimal("oit"),
                                Figures.level(frameworks.find(fy).orElse(null), rs.getString("level_code")),
                                rs.getBoolean("passed"),
                                change,
                                change == null ? null : Trend.of(change),
                                change == null ? null : Trend.of(change).labelTh()));
                    }
                    previous[0] = overall;
                    previousYear[0] = fy;
                });
        return new Trends(dataset.key(), agencyCode, from, to, years);
    }

    public record Entry(
            long rank,
            String agencyCode,
            String tenantCode,
            String nameTh,
            String laoType,
            String province,
            BigDecimal overall,
            LevelView level,
            boolean passed) {}

    public record Ranking(String dataset, int fiscalYear, String group, int n, List<Entry> entries)
            implements CsvTable.Tabular {

        @Override
        public CsvTable table() {
            return new CsvTable(
                    List.of(
                            "dataset",
                            "fiscal_year",
                            "rank",
                            "agency_code",
                            "tenant_code",
                            "name_th",
                            "lao_type",
                            "province",
                            "overall",
                            "level",
                            "level_th",
                            "passed"),
                    entries.stream()
                            .map(e -> Arrays.<Object>asList(
                                    dataset,
                                    fiscalYear,
                                    e.rank(),
                                    e.agencyCode(),
                                    e.tenantCode(),
                                    e.nameTh(),
                                    e.laoType(),
                                    e.province(),
                                    e.overall(),
                                    e.level().code(),
                                    e.level().labelTh(),
                                    e.passed()))
                            .toList());
        }
    }

    public record Year(
            int fiscalYear,
            BigDecimal overall,
            BigDecimal iit,
            BigDecimal eit,
            BigDecimal oit,
            LevelView level,
            boolean passed,
            BigDecimal change,
            Trend trend,
            String trendTh) {}

    public record Trends(String dataset, String agencyCode, int from, int to, List<Year> years)
            implements CsvTable.Tabular {

        @Override
        public CsvTable table() {
            return new CsvTable(
                    List.of(
                            "dataset",
                            "agency_code",
                            "fiscal_year",
                            "overall",
                            "iit",
                            "eit",
                            "oit",
                            "level",
                            "level_th",
                            "passed",
                            "change",
                            "trend"),
                    years.stream()
                            .map(y -> Arrays.<Object>asList(
                                    dataset,
                                    agencyCode,
                                    y.fiscalYear(),
                                    y.overall(),
                                    y.iit(),
                                    y.eit(),
                                    y.oit(),
                                    y.level().code(),
                                    y.level().labelTh(),
                                    y.passed(),
                                    y.change(),
                                    y.trend() == null ? null : y.trend().name()))
                            .toList());
        }
    }
}
