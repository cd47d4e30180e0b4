package th.prongsai.report.oit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.linkcheck.Expectations;
import th.prongsai.linkcheck.LinkCheck;
import th.prongsai.linkcheck.LinkChecker;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.oit.UrlChecks.UrlCheck;
import th.prongsai.report.schema.TenantSchemaRecord;
import th.prongsai.report.schema.TenantSchemas;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.context.TenantContext;

/**
 * Check runs: every URL of a tenant's fiscal year opened by the link checker, in the background, with the progress
 * in {@code oit_check_runs} (so any replica can answer how far a run is). One run per tenant and year at a time;
 * a run left RUNNING by a replica that died counts as abandoned after {@link #ABANDONED_AFTER}.
 */
@Service
class OitCheckRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OitCheckRuns.class);
    static final Duration ABANDONED_AFTER = Duration.ofHours(2);

    /** A run and its progress. */
    record RunView(
            long id,
            int fiscalYear,
            String kind,
            String startedBy,
            int total,
            int done,
            String status,
            String statusTh,
            @Nullable String error,
            Instant startedAt,
            @Nullable Instant finishedAt) {}

    private final OitChecklist checklist;
    private final UrlChecks checks;
    private final LinkChecker checker;
    private final TenantSchemas schemas;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService workers;

    OitCheckRuns(
            OitChecklist checklist,
            UrlChecks checks,
            LinkChecker checker,
            TenantSchemas schemas,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${ita.report.oit.check-threads:2}") int threads) {
        this.checklist = checklist;
        this.checks = checks;
        this.checker = checker;
        this.schemas = schemas;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("oit-check-", 1).daemon().factory());
    }

    /** Starts a run of the current tenant's year in the background; 409 while one is still going. */
    RunView start(int fiscalYear, String kind, String startedBy) {
        TenantCode tenant = TenantContext.require();
        RunView run = transactions.execute(status -> open(fiscalYear, kind, startedBy));
        try {
            workers.execute(() -> TenantContext.run(tenant, () -> work(run.id(), fiscalYear)));
        } catch (RejectedExecutionException e) {
            finish(run.id(), "FAILED", "the service is shutting down");
            throw new ApiProblem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "check-unavailable",
                    "Check unavailable",
                    "ระบบกำลังปิดตัว ลองใหม่อีกครั้ง");
        }
        return run;
    }

    /** Runs the current tenant's year to the end on this thread (the schedule's way); null when one is going. */
    @Nullable
    RunView runNow(int fiscalYear, String kind, String startedBy) {
        RunView run;
        try {
            run = transactions.execute(status -> open(fiscalYear, kind, startedBy));
        } catch (ApiProblem running) {
            return null;
        }
        work(run.id(), fiscalYear);
        return latest(fiscalYear).orElseThrow();
    }

    Optional<RunView> latest(int fiscalYear) {
        return transactions.execute(status -> jdbc
                .query(
                        "SELECT * FROM oit_check_runs WHERE fiscal_year = ? ORDER BY id DESC LIMIT 1",
                        (rs, i) -> new RunView(
                                rs.getLong("id"),
                                rs.getInt("fiscal_year"),
                                rs.getString("kind"),
                                rs.getString("started_by"),
                                rs.getInt("total"),
                                rs.getInt("done"),
                                rs.getString("status"),
                                statusTh(rs.getString("status")),
                                rs.getString("error"),
                                rs.getTimestamp("started_at").toInstant(),
                                rs.getTimestamp("finished_at") == null
                                        ? null
                                        : rs.getTimestamp("finished_at").toInstant()),
                        fiscalYear)
                .stream()
                .findFirst());
    }

    private RunView open(int fiscalYear, String kind, String startedBy) {
        // Serialises starts of this tenant's year across replicas until commit: the RUNNING check then sees the other.
        jdbc.query(
                "SELECT pg_advisory_xact_lock(hashtext(?), ?)",
                rs -> {},
                "oit-check:" + TenantContext.require().value(),
                fiscalYear);
        Instant now = Instant.now(clock);
        Integer running = jdbc.queryForObject(
                "SELECT count(*) FROM oit_check_runs WHERE fiscal_year = ? AND status = 'RUNNING' AND started_at > ?",
                Integer.class,
                fiscalYear,
                Timestamp.from(now.minus(ABANDONED_AFTER)));
        if (running != null && running > 0) {
            throw ApiProblem.conflict(
                    "check-running", "A check is running", "กำลังตรวจลิงก์ของปีงบประมาณนี้อยู่ กรุณารอให้เสร็จก่อน");
        }
        jdbc.update(
                "UPDATE oit_check_runs SET status = 'ABANDONED', finished_at = ? WHERE fiscal_year = ? AND status = 'RUNNING'",
                Timestamp.from(now),
                fiscalYear);
        int total = checklist.urlsToCheck(fiscalYear).size();
        Long id = jdbc.queryForObject(
                "INSERT INTO oit_check_runs (fiscal_year, kind, started_by, total, status, started_at)"
                        + " VALUES (?, ?, ?, ?, 'RUNNING', ?) RETURNING id",
                Long.class,
                fiscalYear,
                kind,
                startedBy,
                total,
                Timestamp.from(now));
        return new RunView(id, fiscalYear, kind, startedBy, total, 0, "RUNNING", statusTh("RUNNING"), null, now, null);
    }

    /** Checks each URL and stores its result at once, so the progress and the checklist move while it runs. */
    private void work(long runId, int fiscalYear) {
        try {
            List<String> urls = transactions.execute(status -> checklist.urlsToCheck(fiscalYear));
            String website = schemas.find(TenantContext.require())
                    .map(TenantSchemaRecord::website)
                    .orElse(null);
            Expectations expected = new Expectations(website, fiscalYear);
            transactions.executeWithoutResult(
                    status -> jdbc.update("UPDATE oit_check_runs SET total = ? WHERE id = ?", urls.size(), runId));
            for (String url : urls) {
                LinkCheck result = checker.check(url, expected);
                transactions.executeWithoutResult(status -> {
                    checks.save(fiscalYear, stored(result));
                    jdbc.update("UPDATE oit_check_runs SET done = done + 1 WHERE id = ?", runId);
                });
            }
            transactions.executeWithoutResult(status -> checklist.announceReadiness(fiscalYear));
            finish(runId, "DONE", null);
        } catch (RuntimeException e) {
            log.warn(
                    "OIT check run {} of {} failed",
                    runId,
                    TenantContext.current().orElse(null),
                    e);
            finish(runId, "FAILED", String.valueOf(e.getMessage()));
        }
    }

    private void finish(long runId, String status, @Nullable String error) {
        transactions.executeWithoutResult(tx -> jdbc.update(
                "UPDATE oit_check_runs SET status = ?, error = ?, finished_at = ? WHERE id = ?",
                status,
                error == null || error.length() <= 500 ? error : error.substring(0, 500),
                Timestamp.from(Instant.now(clock)),
                runId));
    }

    static UrlCheck stored(LinkCheck c) {
        return new UrlCheck(
                c.url(),
                c.verdict().name(),
                UrlChecks.verdictTh(c.verdict().name(), c.httpStatus()),
                c.live(),
                c.httpStatus(),
                c.finalUrl(),
                c.contentType(),
                c.bytes(),
                c.truncated(),
                c.redirects(),
                c.onMainWebsite(),
                c.namesFiscalYear(),
                c.millis(),
                c.checkedAt());
    }

    private static String statusTh(String status) {
        return switch (status) {
            case "RUNNING" -> "กำลังตรวจ";
            case "DONE" -> "ตรวจเสร็จแล้ว";
            case "ABANDONED" -> "หยุดกลางคัน (ระบบเริ่มใหม่ระหว่างตรวจ)";
            default -> "ตรวจไม่สำเร็จ";
        };
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
