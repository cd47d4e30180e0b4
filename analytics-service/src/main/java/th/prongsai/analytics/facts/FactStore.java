package th.prongsai.analytics.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.scoring.ScoreCard;
import th.prongsai.ita.scoring.Scoring;
import th.prongsai.ita.scoring.ToolResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads {@code score_facts} and {@code measure_coverage}. Every computed figure comes from
 * {@link Scoring#score}, so analytics agrees with report-service. {@link FactsChanged} is published after commit
 * (or at once outside a transaction), once per write call, so bulk writes invalidate caches once.
 */
@Service
public class FactStore {

    private static final Pattern SAFE_CODE = Pattern.compile("[A-Za-z0-9._-]{1,10}");
    private static final JsonMapper SCORES_JSON = JsonMapper.builder()
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    /** Rows per multi-row INSERT: 16 parameters each, well under PostgreSQL's 65,535. */
    private static final int ROWS_PER_STATEMENT = 500;

    private static final String COLUMNS =
            "(dataset, agency_code, fiscal_year, tenant_code, name_th, lao_type, province,"
                    + " scores, iit, eit, oit, overall, published_overall, level_code, passed, source, updated_at)";
    private static final String ROW_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, now())";
    private static final String UPSERT_TAIL = " ON CONFLICT (dataset, fiscal_year, agency_code) DO UPDATE SET"
            + " tenant_code = excluded.tenant_code, name_th = excluded.name_th, lao_type = excluded.lao_type,"
            + " province = excluded.province, scores = excluded.scores, iit = excluded.iit, eit = excluded.eit,"
            + " oit = excluded.oit, overall = excluded.overall, published_overall = excluded.published_overall,"
            + " level_code = excluded.level_code, passed = excluded.passed, source = excluded.source,"
            + " updated_at = excluded.updated_at";
    // compare before update: an identical fact keeps its updated_at and counts as unchanged
    private static final String ONLY_IF_CHANGED = " WHERE (score_facts.tenant_code, score_facts.name_th,"
            + " score_facts.lao_type, score_facts.province, score_facts.scores, score_facts.iit, score_facts.eit,"
            + " score_facts.oit, score_facts.overall, score_facts.published_overall, score_facts.level_code,"
            + " score_facts.passed, score_facts.source) IS DISTINCT FROM (excluded.tenant_code, excluded.name_th,"
            + " excluded.lao_type, excluded.province, excluded.scores, excluded.iit, excluded.eit, excluded.oit,"
            + " excluded.overall, excluded.published_overall, excluded.level_code, excluded.passed, excluded.source)";

    private final JdbcTemplate jdbc;
    private final AnalyticsFrameworks frameworks;
    private final ApplicationEventPublisher events;

    public FactStore(JdbcTemplate jdbc, AnalyticsFrameworks frameworks, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.events = events;
    }

    /**
     * Computes with Scoring.score and upserts one fact in the caller's transaction; true when a row changed.
     *
     * @throws th.prongsai.platform.web.ApiProblem 404 when the year has no framework
     * @throws IllegalArgumentException           when the scores do not fit that year's framework
     */
    public boolean upsert(
            Dataset dataset,
            Agency agency,
            int fiscalYear,
            Map<String, BigDecimal> scores,
            BigDecimal publishedOverall,
            Source source) {
        Fact fact = compute(dataset, agency, fiscalYear, scores, publishedOverall, source);
        List<Object> args = new ArrayList<>();
        bind(fact, args);
        int changed = jdbc.update(
                "INSERT INTO score_facts " + COLUMNS + " VALUES " + ROW_VALUES + UPSERT_TAIL + ONLY_IF_CHANGED,
                args.toArray());
        if (changed > 0) {
            publishAfterCommit(dataset);
        }
        return changed > 0;
    }

    public boolean remove(Dataset dataset, String agencyCode, int fiscalYear) {
        int removed = jdbc.update(
                "DELETE FROM score_facts WHERE dataset = ? AND agency_code = ? AND fiscal_year = ?",
                dataset.key(),
                agencyCode,
                fiscalYear);
        if (removed > 0) {
            publishAfterCommit(dataset);
        }
        return removed > 0;
    }

    /** Replaces how many measures of a tenant's year aim at each indicator (real dataset only). */
    public void replaceCoverage(String tenantCode, int fiscalYear, Map<String, Integer> measuresPerIndicator) {
        jdbc.update("DELETE FROM measure_coverage WHERE tenant_code = ? AND fiscal_year = ?", tenantCode, fiscalYear);
        List<Object[]> rows = measuresPerIndicator.entrySet().stream()
                .map(e -> new Object[] {tenantCode, fiscalYear, e.getKey(), e.getValue()})
                .toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO measure_coverage (tenant_code, fiscal_year, indicator_code, measures)"
                            + " VALUES (?, ?, ?, ?)",
                    rows);
        }
        publishAfterCommit(Dataset.REAL);
    }

    /**
     * The fact as it would be stored: tool means, overall, level and pass from {@link Scoring#score}.
     *
     * @throws IllegalArgumentException when the scores do not fit the year's framework
     */
    public Fact compute(
            Dataset dataset,
            Agency agency,
            int fiscalYear,
            Map<String, BigDecimal> scores,
            BigDecimal publishedOverall,
            Source source) {
        return compute(frameworks.require(fiscalYear), dataset, agency, scores, publishedOverall, source);
    }

    /** As {@link #compute(Dataset, Agency, int, Map, BigDecimal, Source)} with the framework already at hand. */
    public static Fact compute(
            Framework framework,
            Dataset dataset,
            Agency agency,
            Map<String, BigDecimal> scores,
            BigDecimal publishedOverall,
            Source source) {
        ScoreCard card = Scoring.score(framework, scores, null);
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        framework.indicators().forEach(indicator -> ordered.put(indicator.code(), scores.get(indicator.code())));
        return new Fact(
                dataset,
                agency,
                framework.fiscalYear(),
                ordered,
                tool(card, "IIT"),
                tool(card, "EIT"),
                tool(card, "OIT"),
                card.overall(),
                publishedOverall,
                card.level().code(),
                card.passed(),
                source,
                null);
    }

    /**
     * Upserts facts with multi-row statements, in the caller's transaction, and publishes {@link FactsChanged}
     * once per dataset. Keys must be unique within the list.
     */
    public void writeAll(Collection<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        List<Fact> batch = new ArrayList<>(ROWS_PER_STATEMENT);
        for (Fact fact : facts) {
            batch.add(fact);
            if (batch.size() == ROWS_PER_STATEMENT) {
                insert(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            insert(batch);
        }
        facts.stream().map(Fact::dataset).distinct().forEach(this::publishAfterCommit);
    }

    /** Deletes every fact of a dataset (the synthetic generator replaces its dataset whole); rows removed. */
    public int removeAll(Dataset dataset) {
        int removed = jdbc.update("DELETE FROM score_facts WHERE dataset = ?", dataset.key());
        publishAfterCommit(dataset);
        return removed;
    }

    public Optional<Fact> find(Dataset dataset, String agencyCode, int fiscalYear) {
        return jdbc
                .query(
                        "SELECT * FROM score_facts WHERE dataset = ? AND agency_code = ? AND fiscal_year = ?",
                        FactStore::read,
                        dataset.key(),
                        agencyCode,
                        fiscalYear)
                .stream()
                .findFirst();
    }

    /** The stored facts of these agencies in these years, keyed by {@link #key(int, String)}. */
    public Map<String, Fact> findAll(Dataset dataset, Collection<Integer> fiscalYears, Collection<String> agencyCodes) {
        Map<String, Fact> found = new LinkedHashMap<>();
        if (fiscalYears.isEmpty() || agencyCodes.isEmpty()) {
            return found;
        }
        jdbc.query(
                con -> {
                    var ps =
                            con.prepareStatement("SELECT * FROM score_facts WHERE dataset = ? AND fiscal_year = ANY (?)"
                                    + " AND agency_code = ANY (?)");
                    ps.setString(1, dataset.key());
                    ps.setArray(
                            2,
                            con.createArrayOf(
                                    "int2",
                                    fiscalYears.stream()
                                            .map(Integer::shortValue)
                                            .toArray()));
                    ps.setArray(3, con.createArrayOf("varchar", agencyCodes.toArray()));
                    return ps;
                },
                (ResultSet rs) -> {
                    Fact fact = read(rs, 0);
                    found.put(key(fact.fiscalYear(), fact.agency().code()), fact);
                });
        return found;
    }

    public static String key(int fiscalYear, String agencyCode) {
        return fiscalYear + "/" + agencyCode;
    }

    private void insert(List<Fact> batch) {
        StringBuilder sql =
                new StringBuilder("INSERT INTO score_facts ").append(COLUMNS).append(" VALUES ");
        List<Object> args = new ArrayList<>(batch.size() * 16);
        for (int i = 0; i < batch.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(ROW_VALUES);
            bind(batch.get(i), args);
        }
        jdbc.update(sql.append(UPSERT_TAIL).toString(), args.toArray());
    }

    private static void bind(Fact fact, List<Object> args) {
        Agency agency = fact.agency();
        args.add(fact.dataset().key());
        args.add(agency.code());
        args.add((short) fact.fiscalYear());
        args.add(agency.tenantCode());
        args.add(agency.nameTh());
        args.add(agency.laoType());
        args.add(agency.province());
        args.add(scoresJson(fact.scores()));
        args.add(fact.iit());
        args.add(fact.eit());
        args.add(fact.oit());
        args.add(fact.overall());
        args.add(fact.publishedOverall());
        args.add(fact.levelCode());
        args.add(fact.passed());
        args.add(fact.source().name());
    }

    /** {"1": 82.50, …} with 2 decimals, in framework order. */
    static String scoresJson(Map<String, BigDecimal> scores) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, BigDecimal> e : scores.entrySet()) {
            if (!SAFE_CODE.matcher(e.getKey()).matches()) {
                throw new IllegalArgumentException("indicator code " + e.getKey() + " is not storable");
            }
            json.append(json.length() == 1 ? "" : ", ")
                    .append('"')
                    .append(e.getKey())
                    .append("\": ")
                    .append(e.getValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
        }
        return json.append('}').toString();
    }

    static Fact read(ResultSet rs, int row) throws SQLException {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        JsonNode node = SCORES_JSON.readTree(rs.getString("scores"));
        // jsonb keeps keys sorted by length then text: "1".."9", "10" is framework order for the built-in years
        for (String name : node.propertyNames()) {
            scores.put(name, node.get(name).decimalValue());
        }
        Timestamp updated = rs.getTimestamp("updated_at");
        return new Fact(
                Dataset.valueOf(rs.getString("dataset").toUpperCase(Locale.ROOT)),
                new Agency(
                        rs.getString("agency_code"),
                        rs.getString("name_th"),
                        rs.getString("lao_type"),
                        rs.getString("province"),
                        rs.getString("tenant_code")),
                rs.getInt("fiscal_year"),
                scores,
                rs.getBigDecimal("iit"),
                rs.getBigDecimal("eit"),
                rs.getBigDecimal("oit"),
                rs.getBigDecimal("overall"),
                rs.getBigDecimal("published_overall"),
                rs.getString("level_code"),
                rs.getBoolean("passed"),
                Source.valueOf(rs.getString("source")),
                updated == null ? null : updated.toInstant());
    }

    private static BigDecimal tool(ScoreCard card, String code) {
        return card.tools().stream()
                .filter(tool -> tool.code().equals(code))
                .map(ToolResult::mean)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("framework of " + card.fiscalYear() + " has no tool "
                        + code + "; score_facts keeps IIT, EIT and OIT means"));
    }

    private void publishAfterCommit(Dataset dataset) {
        FactsChanged event = new FactsChanged(dataset);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(event);
                }
            });
        } else {
            events.publishEvent(event);
        }
    }
}
