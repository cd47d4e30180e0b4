package th.prongsai.report.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.guard.TenantGuardFilter;

/**
 * Brings every tenant schema to the latest tenant changelog with Liquibase, one schema after another: Liquibase
 * cannot run two updates at once in one JVM (see {@link TenantChangelog#update}). Resumable: schemas already at the latest version are skipped, so a rerun only does what is left; a failing
 * schema is recorded ({@code UPGRADE_FAILED} + the error) and does not stop the others.
 */
@Service
class SchemaUpgrader {

    /** What one run did. */
    public record UpgradeReport(
            String latestVersion, List<String> upgraded, List<String> skipped, List<Failure> failed) {
        public record Failure(String code, String error) {}
    }

    private static final Logger log = LoggerFactory.getLogger(SchemaUpgrader.class);

    private final TenantChangelog changelog;
    private final TenantSchemas schemas;
    private final ReentrantLock running = new ReentrantLock();

    public SchemaUpgrader(TenantChangelog changelog, TenantSchemas schemas) {
        this.changelog = changelog;
        this.schemas = schemas;
    }

    public UpgradeReport upgradeAll() {
        if (!running.tryLock()) {
            throw ApiProblem.conflict(
                    "upgrade-running", "Upgrade already running", "กำลังปรับปรุงสคีมาของหน่วยงานอยู่แล้ว");
        }
        try {
            String latest = changelog.latestVersion();
            List<String> upgraded = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            List<UpgradeReport.Failure> failed = new ArrayList<>();
            for (TenantSchemaRecord row : schemas.all()) {
                if (latest.equals(row.changelogVersion()) && !TenantSchemaRecord.UPGRADE_FAILED.equals(row.status())) {
                    skipped.add(row.code());
                    continue;
                }
                upgrade(TenantCode.of(row.code()), latest, upgraded, failed);
            }
            log.info(
                    "Tenant schema upgrade to {}: {} upgraded, {} already current, {} failed",
                    latest,
                    upgraded.size(),
                    skipped.size(),
                    failed.size());
            return new UpgradeReport(
                    latest,
                    sorted(upgraded),
                    skipped,
                    failed.stream()
                            .sorted(Comparator.comparing(UpgradeReport.Failure::code))
                            .toList());
        } finally {
            running.unlock();
        }
    }

    private void upgrade(TenantCode code, String latest, List<String> upgraded, List<UpgradeReport.Failure> failed) {
        MDC.put(TenantGuardFilter.MDC_TENANT, code.value());
        try {
            changelog.update(code);
            schemas.recordUpgraded(code, latest);
            upgraded.add(code.value());
        } catch (Exception e) {
            String error = rootMessage(e);
            log.warn("Upgrade of schema {} failed: {}", code.schemaName(), error);
            try {
                schemas.recordUpgradeFailed(code, error);
            } catch (RuntimeException recordFailure) {
                log.error("Could not record the failed upgrade of {}", code, recordFailure);
            }
            failed.add(new UpgradeReport.Failure(code.value(), error));
        } finally {
            MDC.remove(TenantGuardFilter.MDC_TENANT);
        }
    }

    private static List<String> sorted(List<String> codes) {
        return codes.stream().sorted().toList();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }

    static HttpStatus statusOf(UpgradeReport report) {
        return report.failed().isEmpty() ? HttpStatus.OK : HttpStatus.MULTI_STATUS;
    }
}
