package th.prongsai.analytics.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import th.prongsai.analytics.answers.Params.Scope;
import th.prongsai.analytics.facts.AnalyticsFrameworks;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.ita.framework.Framework;

/**
 * Distribution of the overall (or one indicator) over a scope in one year: n, mean, median, quartiles
 * ({@code percentile_cont}, i.e. linear interpolation), min, max, pass rate and a 10-point histogram,
 * in one statement over the indexed rows of that year. Withheld as {@link Disclosure} says for a caller who may not
 * see every member: below the minimum group size only n is shown, and min and max never.
 */
@Service
class Benchmarks {

    private static final String SQL_TEMPLATE = """
            WITH v AS (SELECT %s AS v, %s AS visible FROM score_facts
                       WHERE dataset = :dataset AND fiscal_year = :fy %s)
            SELECT count(v) AS n, count(v) FILTER (WHERE NOT visible) AS hidden, avg(v) AS mean,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS median,
                   percentile_cont(0.25) WITHIN GROUP (ORDER BY v) AS q1,
                   percentile_cont(0.75) WITHIN GROUP (ORDER BY v) AS q3,
                   min(v) AS min, max(v) AS max,
                   count(*) FILTER (WHERE v >= :passMark) AS passed,
                   %s
            FROM v""";

    private final NamedParameterJdbcTemplate sql;
    private final AnalyticsFrameworks frameworks;

    public Benchmarks(NamedParameterJdbcTemplate sql, AnalyticsFrameworks frameworks) {
        this.sql = sql;
        this.frameworks = frameworks;
    }

    Benchmark benchmark(Dataset dataset, int fy, @Nullable String indicator, Scope scope, Disclosure disclosure) {
        Framework framework = frameworks.require(fy);
        MapSqlParameterSource p = new MapSqlParameterSource("dataset", dataset.key())
                .addValue("fy", fy)
                .addValue("passMark", framework.passMark());
        // the indicator code was checked against the framework; it is still bound, never concatenated
        String value = "overall";
        if (indicator != null) {
            p.addValue("indicator", indicator);
            value = "(scores ->> :indicator)::numeric";
        }
        String where = switch (scope.kind()) {
            case "province" -> {
                p.addValue("province", scope.value());
                yield "AND province = :province";
            }
            case "type" -> {
                p.addValue("type", scope.value());
                yield "AND lao_type = :type";
            }
            default -> "";
        };
        // bins 0–10 … 80–90 are half-open; the last, 90–100, holds 100
        List<String> bins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String lower = i == 0 ? "TRUE" : "v >= " + (i * 10);
            String upper = i == 9 ? "TRUE" : "v < " + ((i + 1) * 10);
            bins.add("count(*) FILTER (WHERE " + lower + " AND " + upper + ") AS bin" + i);
        }
        String query =
                SQL_TEMPLATE.formatted(value, disclosure.visible(null, p), where, String.join(",\n       ", bins));
        return sql.queryForObject(query, p, (rs, row) -> {
            long n = rs.getLong("n");
            long hidden = rs.getLong("hidden");
            String key = indicator == null ? "overall" : indicator;
            if (disclosure.suppressed(n, hidden)) {
                return new Benchmark(
                        dataset.key(),
                        fy,
                        key,
                        scope.text(),
                        n,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        framework.passMark(),
                        null,
                        List.of(),
                        true,
                        disclosure.note());
            }
            List<Bin> histogram = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                histogram.add(new Bin(i * 10, (i + 1) * 10, rs.getLong("bin" + i)));
            }
            boolean withheld = disclosure.extremesWithheld(hidden);
            return new Benchmark(
                    dataset.key(),
                    fy,
                    key,
                    scope.text(),
                    n,
                    Figures.two(rs.getBigDecimal("mean")),
                    Figures.exact(rs.getBigDecimal("median")),
                    Figures.exact(rs.getBigDecimal("q1")),
                    Figures.exact(rs.getBigDecimal("q3")),
                    withheld ? null : rs.getBigDecimal("min"),
                    withheld ? null : rs.getBigDecimal("max"),
                    framework.passMark(),
                    Figures.percent(rs.getLong("passed"), n),
                    histogram,
                    false,
                    withheld ? disclosure.note() : null);
        });
    }

    /** Scores from {@code from} (inclusive) to {@code to} (exclusive; the last bin includes 100). */
    public record Bin(int from, int to, long count) {}

    /**
     * passRate = share of the scope with a score ≥ the pass mark, %. {@code suppressed}: the group is too small
     * for this caller, only n is given; {@code note} says what was withheld and why (null when nothing was).
     */
    public record Benchmark(
            String dataset,
            int fiscalYear,
            String indicator,
            String scope,
            long n,
            BigDecimal mean,
            BigDecimal median,
            BigDecimal q1,
            BigDecimal q3,
            BigDecimal min,
            BigDecimal max,
            BigDecimal passMark,
            BigDecimal passRate,
            List<Bin> histogram,
            boolean suppressed,
            String note)
            implements CsvTable.Tabular {

        @Override
        public CsvTable table() {
            List<List<Object>> rows = new ArrayList<>();
            List<Object> stats = new ArrayList<>(List.of(dataset, fiscalYear, indicator, scope, n));
            stats.addAll(Arrays.asList(mean, median, q1, q3, min, max, passRate));
            List<String> header = new ArrayList<>(List.of(
                    "dataset",
                    "fiscal_year",
                    "indicator",
                    "scope",
                    "n",
                    "mean",
                    "median",
                    "q1",
                    "q3",
                    "min",
                    "max",
                    "pass_rate"));
            // the same ten bin columns whether or not they were withheld
            for (int i = 0; i < 10; i++) {
                header.add("bin_" + i * 10 + "_" + (i + 1) * 10);
                stats.add(suppressed ? null : histogram.get(i).count());
            }
            header.add("suppressed");
            stats.add(suppressed);
            rows.add(stats);
            return new CsvTable(header, rows);
        }
    }
}
