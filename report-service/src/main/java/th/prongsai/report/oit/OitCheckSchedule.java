package th.prongsai.report.oit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.thai.FiscalYears;
import th.prongsai.report.framework.FrameworkCatalog;
import th.prongsai.report.schema.TenantSchemaRecord;
import th.prongsai.report.schema.TenantSchemas;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.context.TenantContext;

/**
 * The scheduled check of every municipality's OIT URLs for the current fiscal year (and the next, once its
 * framework has items). One run at a time across replicas: the run holds a PostgreSQL session advisory lock, and a
 * replica that does not get it skips this turn. Off when {@code ita.report.oit.schedule.enabled} is false (the
 * tests; a test that wants it calls {@link #runOnce()}).
 */
@Component
@ConditionalOnProperty(name = "ita.report.oit.schedule.enabled", havingValue = "true", matchIfMissing = true)
class OitCheckSchedule {

    private static final Logger log = LoggerFactory.getLogger(OitCheckSchedule.class);
    /** The advisory lock key of the schedule (any fixed number no other lock uses). */
    static final long LOCK = 0x4F49_5443_4845_434BL;

    private final DataSource dataSource;
    private final TenantSchemas schemas;
    private final FrameworkCatalog frameworks;
    private final OitCheckRuns runs;
    private final Clock clock;
    private final int parallel;

    OitCheckSchedule(
            DataSource dataSource,
            TenantSchemas schemas,
            FrameworkCatalog frameworks,
            OitCheckRuns runs,
            Clock clock,
            @Value("${ita.report.oit.schedule.parallel:8}") int parallel) {
        this.parallel = parallel;
        this.dataSource = dataSource;
        this.schemas = schemas;
        this.frameworks = frameworks;
        this.runs = runs;
        this.clock = clock;
    }

    @Scheduled(cron = "${ita.report.oit.schedule.cron:0 0 2 * * *}", zone = "Asia/Bangkok")
    void scheduled() {
        runOnce();
    }

    /** @return the tenants checked, or -1 when another replica holds the lock */
    int runOnce() {
        try (Connection connection = dataSource.getConnection()) {
            if (!tryLock(connection)) {
                log.info("OIT check schedule: another instance is running it");
                return -1;
            }
            try {
                return checkAll();
            } finally {
                try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, LOCK);
                    unlock.execute();
                }
            }
        } catch (SQLException e) {
            log.warn("OIT check schedule could not take its lock", e);
            return 0;
        }
    }

    /**
     * Each municipality's years on a pool of {@code ita.report.oit.schedule.parallel} threads: the checker's per-host
     * gate keeps one request at a time per website, so municipalities (different hosts) may go side by side.
     */
    private int checkAll() {
        int current = FiscalYears.of(LocalDate.now(clock.withZone(OitChecklist.THAILAND)));
        List<Integer> years = new ArrayList<>();
        for (int year : new int[] {current, current + 1}) {
            Framework framework = frameworks.find(year).orElse(null);
            if (framework != null && !framework.oitItems().isEmpty()) {
                years.add(year);
            }
        }
        AtomicInteger checked = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(
                parallel, Thread.ofPlatform().name("oit-schedule-", 1).daemon().factory())) {
            for (TenantSchemaRecord tenant : schemas.all()) {
                if (!TenantSchemaRecord.READY.equals(tenant.status())) {
                    continue;
                }
                for (int year : years) {
                    pool.execute(() -> {
                        try {
                            TenantContext.run(
                                    TenantCode.of(tenant.code()), () -> runs.runNow(year, "SCHEDULE", "system"));
                            checked.incrementAndGet();
                        } catch (RuntimeException e) {
                            log.warn("OIT check of {} {} failed", tenant.code(), year, e);
                        }
                    });
                }
            }
        } // close() waits for every run, so the lock is held until the last one ends
        return checked.get();
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
