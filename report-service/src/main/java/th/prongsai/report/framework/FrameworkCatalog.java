package th.prongsai.report.framework;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.ita.framework.BuiltInFrameworks;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.FrameworkJson;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.feed.AnalyticsFeed;

/**
 * The ITA framework of every fiscal year, kept as data in {@code reporting.frameworks} so that a national admin
 * can add a year and every instance uses it at once: each lookup asks the database for the row's version and
 * parses the document only when that version is new to this instance.
 */
@Service
public class FrameworkCatalog implements ApplicationRunner {

    private record Parsed(long version, Framework framework) {}

    /** Whether a {@link #put} made a new year or replaced one. */
    public record Stored(Framework framework, long version, boolean created) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AnalyticsFeed feed;
    private final Map<Integer, Parsed> parsed = new ConcurrentHashMap<>();

    public FrameworkCatalog(JdbcTemplate jdbc, AnalyticsFeed feed) {
        this.jdbc = jdbc;
        this.feed = feed;
        this.transactions = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
    }

    /**
     * Adds the built-in years (2563–2568) that the table does not hold yet, and brings a year nobody edited up to the
     * library's version (e.g. the OIT items added later); never overwrites an admin's edit.
     */
    @Override
    public void run(ApplicationArguments args) {
        for (Framework framework : BuiltInFrameworks.all()) {
            jdbc.update("""
                    INSERT INTO reporting.frameworks (fiscal_year, document, updated_by) VALUES (?, ?::jsonb, 'built-in')
                    ON CONFLICT (fiscal_year) DO UPDATE
                    SET document = excluded.document, version = frameworks.version + 1, updated_at = now()
                    WHERE frameworks.updated_by = 'built-in' AND frameworks.document <> excluded.document""", framework.fiscalYear(), FrameworkJson.write(framework));
        }
    }

    public Optional<Framework> find(int fiscalYear) {
        Parsed known = parsed.get(fiscalYear);
        long knownVersion = known == null ? -1 : known.version();
        // One round trip: the document travels only when this instance has not parsed that version yet.
        List<Parsed> rows = jdbc.query(
                """
                SELECT version, CASE WHEN version = ? THEN NULL ELSE document::text END AS document
                FROM reporting.frameworks WHERE fiscal_year = ?""",
                (rs, i) -> {
                    long version = rs.getLong("version");
                    String document = rs.getString("document");
                    return document == null ? known : new Parsed(version, FrameworkJson.parse(document));
                },
                knownVersion,
                fiscalYear);
        if (rows.isEmpty()) {
            parsed.remove(fiscalYear);
            return Optional.empty();
        }
        parsed.put(fiscalYear, rows.getFirst());
        return Optional.of(rows.getFirst().framework());
    }

    /** The framework of the year, or a 404 problem naming the year. */
    public Framework require(int fiscalYear) {
        return find(fiscalYear)
                .orElseThrow(() -> ApiProblem.notFound("กรอบการประเมิน ITA ของปีงบประมาณ " + fiscalYear
                        + " (ผู้ดูแลระดับประเทศต้องเพิ่มกรอบการประเมินของปีนี้ก่อน)"));
    }

    public List<Integer> fiscalYears() {
        return jdbc.queryForList("SELECT fiscal_year FROM reporting.frameworks ORDER BY fiscal_year", Integer.class);
    }

    public List<Framework> all() {
        return fiscalYears().stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * Stores the year and its event for analytics in one JDBC transaction (a JPA one would need a tenant, and this
     * table is shared by all tenants).
     */
    public Stored put(Framework framework, String actor) {
        return transactions.execute(status -> {
            Stored stored = store(framework, actor);
            feed.frameworkChanged(framework);
            return stored;
        });
    }

    private Stored store(Framework framework, String actor) {
        String document = FrameworkJson.write(framework);
        Long version = jdbc.query("""
                INSERT INTO reporting.frameworks (fiscal_year, document, updated_by) VALUES (?, ?::jsonb, ?)
                ON CONFLICT (fiscal_year) DO UPDATE
                SET document = excluded.document, version = frameworks.version + 1, updated_at = now(),
                    updated_by = excluded.updated_by
                RETURNING version""", rs -> rs.next() ? rs.getLong(1) : null, framework.fiscalYear(), document, actor);
        long stored = version == null ? 0 : version;
        return new Stored(framework, stored, stored == 0);
    }
}
