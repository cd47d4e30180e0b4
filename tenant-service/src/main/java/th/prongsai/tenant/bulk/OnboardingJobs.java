package th.prongsai.tenant.bulk;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenant.province.Province;
import th.prongsai.tenant.province.ProvinceRepository;
import th.prongsai.tenant.tenant.NewTenant;
import th.prongsai.tenant.tenant.Onboarding;
import th.prongsai.tenant.tenant.Tenant;
import th.prongsai.tenant.tenant.TenantRepository;
import th.prongsai.tenant.tenant.TenantStatus;
import th.prongsai.tenant.tenant.TenantType;

/**
 * Bulk onboarding as a job whose every row lives in the database: a restart loses nothing, and a resumed job
 * goes on from the rows not yet finished. Each row goes through {@link Onboarding}, the single endpoint's
 * code, so a tenant ends ACTIVE or FAILED (retryable) — never half made. One worker runs one job at a time.
 */
@Service
class OnboardingJobs {

    private static final Logger log = LoggerFactory.getLogger(OnboardingJobs.class);
    static final int MAX_ROWS = 20_000;

    enum JobStatus {
        QUEUED,
        RUNNING,
        DONE,
        FAILED,
        PAUSED
    }

    /** PENDING → STARTED (the tenant may exist from here on) → CREATED, SKIPPED or FAILED (retried on resume). */
    enum RowStatus {
        PENDING,
        STARTED,
        CREATED,
        SKIPPED,
        FAILED
    }

    record Preview(int rows, int valid, List<RegistryCsv.RowError> errors, List<String> duplicates) {}

    record RowProblem(int line, String code, String message) {}

    record JobView(
            long id,
            JobStatus status,
            int total,
            int done,
            int created,
            int failed,
            int skipped,
            String createdBy,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt,
            List<RowProblem> errors,
            List<RowProblem> skippedRows) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Onboarding onboarding;
    private final TenantRepository tenants;
    private final ProvinceRepository provinces;
    private final int parallelism;
    /** The single worker; rows of the running job are onboarded {@code parallelism} at a time. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("onboarding-jobs").factory());

    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    OnboardingJobs(
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            Onboarding onboarding,
            TenantRepository tenants,
            ProvinceRepository provinces,
            @Value("${ita.onboarding-jobs.parallelism:2}") int parallelism) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.onboarding = onboarding;
        this.tenants = tenants;
        this.provinces = provinces;
        this.parallelism = Math.max(1, parallelism);
    }

    Preview preview(byte[] csv) {
        RegistryCsv.Parsed parsed = parse(csv);
        return new Preview(parsed.records(), parsed.rows().size(), parsed.errors(), existing(parsed.rows()));
    }

    JobView create(Caller caller, byte[] csv) {
        RegistryCsv.Parsed parsed = parse(csv);
        if (!parsed.clean()) {
            throw new ApiProblem(
                            HttpStatus.BAD_REQUEST,
                            "invalid-registry-file",
                            "Invalid registry file",
                            "ไฟล์มีรายการที่ต้องแก้ไข " + parsed.errors().size()
                                    + " รายการ จึงยังไม่ได้สร้างงานขึ้นทะเบียน")
                    .withProperty(
                            "errors",
                            parsed.errors().stream()
                                    .map(e -> {
                                        Map<String, Object> m = new LinkedHashMap<>();
                                        m.put("line", e.line());
                                        m.put("field", e.field());
                                        m.put("message", e.message());
                                        return m;
                                    })
                                    .toList());
        }
        long id = tx.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(
                    c -> {
                        var ps = c.prepareStatement(
                                "INSERT INTO tenancy.onboarding_jobs (status, total, created_by, created_at) "
                                        + "VALUES ('QUEUED', ?, ?, ?)",
                                new String[] {"id"});
                        ps.setInt(1, parsed.rows().size());
                        ps.setString(2, caller.username());
                        ps.setTimestamp(3, Timestamp.from(Instant.now()));
                        return ps;
                    },
                    key);
            long jobId = key.getKey().longValue();
            jdbc.batchUpdate(
                    "INSERT INTO tenancy.onboarding_job_rows (job_id, line, code, name_th, name_en, type, province,"
                            + " district, dla_code, website, status) VALUES (?,?,?,?,?,?,?,?,?,?,'PENDING')",
                    parsed.rows(),
                    1000,
                    (ps, r) -> {
                        ps.setLong(1, jobId);
                        ps.setInt(2, r.line());
                        ps.setString(3, r.code());
                        ps.setString(4, r.nameTh());
                        ps.setString(5, r.nameEn());
                        ps.setString(6, r.type().name());
                        ps.setString(7, r.province());
                        ps.setString(8, r.district());
                        ps.setString(9, r.dlaCode());
                        ps.setString(10, r.website());
                    });
            return jobId;
        });
        submit(id);
        return view(id);
    }

    /** A PAUSED or FAILED job goes on with its unfinished and failed rows; a DONE, queued or running one is left as it is. */
    JobView resume(long id) {
        JobView job = view(id);
        if (job.status() == JobStatus.PAUSED || job.status() == JobStatus.FAILED) {
            jdbc.update("UPDATE tenancy.onboarding_jobs SET status = 'QUEUED', finished_at = NULL WHERE id = ?", id);
            submit(id);
        } else if ((job.status() == JobStatus.RUNNING || job.status() == JobStatus.QUEUED) && !queued.contains(id)) {
            submit(id); // left over from a process that is gone
        }
        return view(id);
    }

    /** Jobs a stopped or crashed process left QUEUED or RUNNING go on by themselves: state is in the rows. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeLeftOvers() {
        List<Long> ids = jdbc.queryForList(
                "SELECT id FROM tenancy.onboarding_jobs WHERE status IN ('QUEUED', 'RUNNING') " + "ORDER BY id",
                Long.class);
        for (long id : ids) {
            log.info("Resuming onboarding job {} left over from before the restart", id);
            submit(id);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdownNow(); // the running job notices, lets its rows in flight finish and is marked PAUSED
        worker.awaitTermination(20, TimeUnit.SECONDS);
    }

    JobView view(long id) {
        List<Map<String, Object>> jobs = jdbc.queryForList("SELECT * FROM tenancy.onboarding_jobs WHERE id = ?", id);
        if (jobs.isEmpty()) {
            throw new ApiProblem(
                    HttpStatus.NOT_FOUND,
                    "unknown-onboarding-job",
                    "Unknown onboarding job",
                    "ไม่พบงานขึ้นทะเบียนหมายเลข " + id);
        }
        Map<String, Object> job = jobs.getFirst();
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.query(
                "SELECT status, count(*) AS n FROM tenancy.onboarding_job_rows WHERE job_id = ? GROUP BY status",
                rs -> {
                    counts.put(rs.getString("status"), rs.getInt("n"));
                },
                id);
        int created = counts.getOrDefault("CREATED", 0);
        int failed = counts.getOrDefault("FAILED", 0);
        int skipped = counts.getOrDefault("SKIPPED", 0);
        List<RowProblem> errors = problems(id, RowStatus.FAILED);
        List<RowProblem> skippedRows = problems(id, RowStatus.SKIPPED);
        return new JobView(
                id,
                JobStatus.valueOf((String) job.get("status")),
                ((Number) job.get("total")).intValue(),
                created + failed + skipped,
                created,
                failed,
                skipped,
                (String) job.get("created_by"),
                instant(job.get("created_at")),
                instant(job.get("started_at")),
                instant(job.get("finished_at")),
                errors,
                skippedRows);
    }

    List<JobView> latest(int limit) {
        return jdbc
                .queryForList("SELECT id FROM tenancy.onboarding_jobs ORDER BY id DESC LIMIT ?", Long.class, limit)
                .stream()
                .map(this::view)
                .toList();
    }

    private List<RowProblem> problems(long id, RowStatus status) {
        return jdbc.query(
                "SELECT line, code, reason FROM tenancy.onboarding_job_rows WHERE job_id = ? AND status = ? "
                        + "ORDER BY line LIMIT 500",
                (rs, n) -> new RowProblem(rs.getInt("line"), rs.getString("code"), rs.getString("reason")),
                id,
                status.name());
    }

    private void submit(long id) {
        if (queued.add(id)) {
            worker.execute(() -> {
                try {
                    run(id);
                } catch (RuntimeException e) {
                    log.error("Onboarding job {} stopped", id, e);
                    jdbc.update("UPDATE tenancy.onboarding_jobs SET status = 'PAUSED' WHERE id = ?", id);
                } finally {
                    queued.remove(id);
                }
            });
        }
    }

    private record PendingRow(
            int line,
            String code,
            String nameTh,
            String nameEn,
            String type,
            String province,
            String district,
            String dlaCode,
            String website,
            RowStatus status) {}

    private void run(long id) {
        Map<String, Object> job =
                jdbc.queryForMap("SELECT created_by, status FROM tenancy.onboarding_jobs WHERE id = ?", id);
        if (JobStatus.valueOf((String) job.get("status")) == JobStatus.DONE) {
            return;
        }
        jdbc.update(
                "UPDATE tenancy.onboarding_jobs SET status = 'RUNNING', started_at = coalesce(started_at, ?), "
                        + "finished_at = NULL WHERE id = ?",
                Timestamp.from(Instant.now()),
                id);
        // the job acts with its creator's name in the audit log, as the single endpoint does
        Caller caller = new Caller((String) job.get("created_by"), Set.of(Role.NATIONAL_ADMIN), null, null);
        List<PendingRow> rows = jdbc.query(
                "SELECT * FROM tenancy.onboarding_job_rows WHERE job_id = ? "
                        + "AND status IN ('PENDING', 'STARTED', 'FAILED') ORDER BY line",
                (rs, n) -> new PendingRow(
                        rs.getInt("line"),
                        rs.getString("code"),
                        rs.getString("name_th"),
                        rs.getString("name_en"),
                        rs.getString("type"),
                        rs.getString("province"),
                        rs.getString("district"),
                        rs.getString("dla_code"),
                        rs.getString("website"),
                        RowStatus.valueOf(rs.getString("status"))),
                id);
        Semaphore slots = new Semaphore(parallelism);
        boolean interrupted = false;
        try (ExecutorService rowsPool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (PendingRow row : rows) {
                try {
                    slots.acquire();
                } catch (InterruptedException e) {
                    interrupted = true;
                    break;
                }
                rowsPool.execute(() -> {
                    try {
                        onboardRow(caller, id, row);
                    } finally {
                        slots.release();
                    }
                });
            }
        } // waits for the rows in flight
        if (interrupted) {
            jdbc.update("UPDATE tenancy.onboarding_jobs SET status = 'PAUSED' WHERE id = ?", id);
            log.info("Onboarding job {} paused by shutdown", id);
            return;
        }
        Integer failed = jdbc.queryForObject(
                "SELECT count(*) FROM tenancy.onboarding_job_rows WHERE job_id = ? AND status "
                        + "NOT IN ('CREATED', 'SKIPPED')",
                Integer.class,
                id);
        jdbc.update(
                "UPDATE tenancy.onboarding_jobs SET status = ?, finished_at = ? WHERE id = ?",
                failed != null && failed > 0 ? "FAILED" : "DONE",
                Timestamp.from(Instant.now()),
                id);
    }

    private void onboardRow(Caller caller, long id, PendingRow row) {
        MDC.put("tenant", row.code());
        try {
            Optional<Tenant> existing = tenants.findByCode(row.code());
            boolean ours = row.status() != RowStatus.PENDING; // this job may have created it before a crash or failure
            if (existing.isPresent()) {
                TenantStatus status = existing.get().getStatus();
                if (status == TenantStatus.PROVISIONING || status == TenantStatus.FAILED) {
                    onboarding.retry(caller, TenantCode.of(row.code()));
                    mark(id, row.line(), RowStatus.CREATED, null);
                } else if (ours && status == TenantStatus.ACTIVE) {
                    mark(id, row.line(), RowStatus.CREATED, null);
                } else {
                    mark(id, row.line(), RowStatus.SKIPPED, "มีหน่วยงานรหัสนี้ในทะเบียนอยู่แล้ว (" + status + ")");
                }
                return;
            }
            mark(id, row.line(), RowStatus.STARTED, null);
            onboarding.onboard(
                    caller,
                    new NewTenant(
                            TenantCode.of(row.code()),
                            row.nameTh(),
                            row.nameEn(),
                            TenantType.valueOf(row.type()),
                            row.province(),
                            row.district(),
                            row.dlaCode(),
                            row.website()));
            mark(id, row.line(), RowStatus.CREATED, null);
        } catch (ErrorResponseException e) {
            String detail = e.getBody().getDetail();
            if (e.getStatusCode().value() == 409
                    && tenants.findByCode(row.code())
                            .map(t -> t.getStatus() == TenantStatus.ACTIVE)
                            .orElse(false)
                    && row.status() == RowStatus.PENDING) {
                mark(id, row.line(), RowStatus.SKIPPED, detail); // onboarded by someone else meanwhile
            } else {
                mark(id, row.line(), RowStatus.FAILED, detail == null ? e.getMessage() : detail);
            }
        } catch (RuntimeException e) {
            log.warn("Row {} of onboarding job {} failed", row.line(), id, e);
            mark(id, row.line(), RowStatus.FAILED, String.valueOf(e.getMessage()));
        } finally {
            MDC.remove("tenant");
        }
    }

    private void mark(long id, int line, RowStatus status, String reason) {
        jdbc.update(
                "UPDATE tenancy.onboarding_job_rows SET status = ?, reason = ? WHERE job_id = ? AND line = ?",
                status.name(),
                reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                id,
                line);
    }

    private RegistryCsv.Parsed parse(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw ApiProblem.invalid("file", "ไม่มีไฟล์ หรือไฟล์ว่าง");
        }
        Set<String> known = new HashSet<>();
        provinces.findAll().stream().map(Province::getCode).forEach(known::add);
        RegistryCsv.Parsed parsed = RegistryCsv.parse(csv, known);
        if (parsed.records() > MAX_ROWS) {
            throw new ApiProblem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "too-many-rows",
                    "Too many rows",
                    "ไฟล์มี " + parsed.records() + " รายการ เกินกว่าที่รับได้ครั้งละ " + MAX_ROWS + " รายการ");
        }
        return parsed;
    }

    /** Codes of the file already in the registry (they are skipped when the job runs). */
    private List<String> existing(List<RegistryCsv.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String[] codes = rows.stream().map(RegistryCsv.Row::code).toArray(String[]::new);
        return new ArrayList<>(jdbc.query(
                c -> {
                    var ps = c.prepareStatement("SELECT code FROM tenancy.tenants WHERE code = ANY (?) ORDER BY code");
                    ps.setArray(1, c.createArrayOf("varchar", codes));
                    return ps;
                },
                (rs, n) -> rs.getString(1)));
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant();
            case OffsetDateTime o -> o.toInstant();
            case Instant i -> i;
            default -> Instant.parse(value.toString());
        };
    }
}
