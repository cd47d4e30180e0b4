package th.prongsai.report.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.ita.thai.FiscalYears;
import th.prongsai.ita.thai.ThaiDates;
import th.prongsai.report.audit.AuditLog;
import th.prongsai.report.document.ApprovalStep;
import th.prongsai.report.document.ReportLayout.ApproverBlock;
import th.prongsai.report.document.ReportService;
import th.prongsai.report.document.ReportSettings;
import th.prongsai.report.document.ReportService.Document;
import th.prongsai.report.document.ReportService.Stamp;
import th.prongsai.report.measure.AttachmentService;
import th.prongsai.report.publication.ReportWorkflow.Status;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.PlatformClaims;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.context.TenantContext;
import th.prongsai.tenancy.web.ApiProblem;
import th.prongsai.tenancy.web.Callers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's way from draft to the public: an officer submits it, each approver of the chain approves (with a
 * comment) or rejects (with a reason) in order, the tenant's admin publishes it. A published version is stored whole
 * (every format's bytes with their SHA-256, who approved when, the memo's letter number) and can never change;
 * editing the data afterwards makes a new draft, and publishing again makes version n+1.
 */
@Service
public class Publication {

    static final List<String> FORMATS = List.of("pdf", "docx", "html", "csv");

    public record Decision(int round, String position, String actor, String decision, String comment,
            Instant decidedAt) {
    }

    public record Version(int number, int letterNumber, String template, String sha256, String publishedBy,
            Instant publishedAt, String publicUrl) {
    }

    public record StatusView(int fiscalYear, String status, String template, String digits,
            List<String> chain, String nextApprover, boolean dataChangedSinceSubmission, List<Decision> decisions,
            List<Version> versions) {
    }

    public record Published(int version, String sha256, String publicUrl) {
    }

    /** A stored file of a published version. */
    public record File(String mediaType, String sha256, byte[] bytes) {
    }

    private final ReportWorkflowRepository workflows;
    private final ReportService reports;
    private final ReportChecks checks;
    private final ReportSettings settings;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    public Publication(ReportWorkflowRepository workflows, ReportService reports, ReportChecks checks,
            ReportSettings settings, JdbcTemplate jdbc, AuditLog audit, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.workflows = workflows;
        this.reports = reports;
        this.checks = checks;
        this.jdbc = jdbc;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public StatusView status(int fiscalYear) {
        Optional<ReportWorkflow> workflow = workflows.findByFiscalYear(fiscalYear);
        List<ApprovalStep> steps = settings.current().approvalChain();
        List<String> chain = steps.stream().map(Enum::name).toList();
        if (workflow.isEmpty()) {
            return new StatusView(fiscalYear, Status.DRAFT.name(), null, null, chain, null, false, List.of(),
                    versions(fiscalYear));
        }
        ReportWorkflow w = workflow.get();
        boolean changed = stale(w) && (w.getStatus() == Status.SUBMITTED || w.getStatus() == Status.APPROVED);
        String next = w.getStatus() == Status.SUBMITTED && !changed && w.getStep() < steps.size()
                ? steps.get(w.getStep()).name() : null;
        // Editing the data after submission makes the report a draft again.
        String status = changed ? Status.DRAFT.name() : w.getStatus().name();
        return new StatusView(fiscalYear, status, w.getTemplate(), w.getDigits(), chain, next, changed,
                decisions(w.getId()), versions(fiscalYear));
    }

    @Transactional
    public StatusView submit(int fiscalYear, String template, String digits) {
        Caller caller = Callers.current();
        if (!caller.has(Role.MUNICIPAL_OFFICER) && !caller.has(Role.MUNICIPAL_ADMIN)) {
            throw forbidden("เฉพาะเจ้าหน้าที่ของเทศบาลเท่านั้นที่เสนอรายงานได้");
        }
        ReportWorkflow w = workflows.findByFiscalYear(fiscalYear)
                .orElseGet(() -> new ReportWorkflow(fiscalYear, Instant.now(clock)));
        if (w.getStatus() == Status.SUBMITTED || w.getStatus() == Status.APPROVED) {
            if (!stale(w)) {
                throw conflict("already-submitted", "รายงานนี้อยู่ระหว่างการพิจารณาแล้ว");
            }
        }
        ReportChecks.Result checked = checks.check(fiscalYear);
        if (!checked.ready()) {
            throw conflict("report-not-ready", "รายงานยังไม่ครบตามที่ OIT กำหนด ดูรายการใน findings")
                    .withProperty("findings", checked.findings());
        }
        // Renders once to validate template, digits and the year before anything is stored.
        Document draft = reports.render(fiscalYear, "csv", template, digits);
        w.submit(template == null ? "tha-phae-2567" : template, digits == null ? "" : digits,
                reports.fingerprint(fiscalYear), caller.username(), Instant.now(clock));
        workflows.saveAndFlush(w);
        audit.record("SUBMIT", "report", w.getId(), fiscalYear, null, Map.of("template", w.getTemplate(),
                "draftBytes", draft.bytes().length));
        return status(fiscalYear);
    }

    @Transactional
    public StatusView approve(int fiscalYear, String comment) {
        ReportWorkflow w = current(fiscalYear, Status.SUBMITTED);
        List<ApprovalStep> chain = settings.current().approvalChain();
        ApprovalStep step = chain.get(Math.min(w.getStep(), chain.size() - 1));
        Caller caller = approver(step);
        decide(w, step, caller, "APPROVED", comment);
        w.approved(chain.size(), Instant.now(clock));
        workflows.saveAndFlush(w);
        return status(fiscalYear);
    }

    @Transactional
    public StatusView reject(int fiscalYear, String reason) {
        ReportWorkflow w = current(fiscalYear, Status.SUBMITTED);
        List<ApprovalStep> chain = settings.current().approvalChain();
        ApprovalStep step = chain.get(Math.min(w.getStep(), chain.size() - 1));
        Caller caller = approver(step);
        decide(w, step, caller, "REJECTED", reason);
        w.rejected(Instant.now(clock));
        workflows.saveAndFlush(w);
        return status(fiscalYear);
    }

    @Transactional
    public Published publish(int fiscalYear) {
        Caller caller = Callers.current();
        if (!caller.has(Role.MUNICIPAL_ADMIN)) {
            throw forbidden("เฉพาะผู้ดูแลของเทศบาลเท่านั้นที่เผยแพร่รายงานได้");
        }
        ReportWorkflow w = current(fiscalYear, Status.APPROVED);
        int number = 1 + jdbc.queryForObject("SELECT coalesce(max(number), 0) FROM report_versions WHERE fiscal_year = ?",
                Integer.class, fiscalYear);
        int beYear = FiscalYears.toBe(LocalDate.now(clock).getYear());
        int letter = 1 + jdbc.queryForObject("SELECT coalesce(max(letter_number), 0) FROM report_versions "
                + "WHERE extract(year FROM published_at AT TIME ZONE 'Asia/Bangkok') + 543 = ?", Integer.class, beYear);
        // The approvals of this submission: the last one of each step, made after the last submit.
        ReportSettings.Settings configured = settings.current();
        List<Decision> all = decisions(w.getId());
        List<Decision> approvals = all.subList(Math.max(0, all.size() - configured.approvalChain().size()), all.size());
        List<ApproverBlock> blocks = new ArrayList<>();
        for (ApprovalStep step : configured.approvalChain()) {
            Decision d = approvals.stream().filter(a -> a.position().equals(step.name())).findFirst().orElseThrow();
            blocks.add(new ApproverBlock(step.positionTh(), d.comment() == null ? "ทราบ" : d.comment(), d.actor(),
                    ThaiDates.longDate(d.decidedAt().atZone(ZoneId.of("Asia/Bangkok")).toLocalDate(), DigitStyle.ARABIC)));
        }
        Stamp stamp = new Stamp(configured.letterPrefix() + "/" + letter + "/" + beYear, blocks);
        Instant now = Instant.now(clock);
        Long id = jdbc.queryForObject("""
                INSERT INTO report_versions (fiscal_year, number, letter_number, template, approvals, published_by, published_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?) RETURNING id""", Long.class, fiscalYear, number, letter,
                w.getTemplate(), json.writeValueAsString(approvals), caller.username(), java.sql.Timestamp.from(now));
        String pdfSha = null;
        for (String format : FORMATS) {
            Document document = reports.render(fiscalYear, format, w.getTemplate(),
                    w.getDigits().isEmpty() ? null : w.getDigits(), stamp);
            String sha = AttachmentService.sha256(document.bytes());
            jdbc.update("INSERT INTO report_version_files (version_id, format, media_type, sha256, content) "
                    + "VALUES (?, ?, ?, ?, ?)", id, format, document.mediaType(), sha, document.bytes());
            if (format.equals("pdf")) {
                pdfSha = sha;
            }
        }
        w.published(now);
        workflows.saveAndFlush(w);
        String url = publicUrl(fiscalYear, number);
        audit.record("PUBLISH", "report", id, fiscalYear, null, Map.of("version", number, "sha256", pdfSha,
                "letterNumber", letter));
        return new Published(number, pdfSha, url);
    }

    /** A published file: the latest version when {@code number} is null. Drafts are never served. */
    @Transactional(readOnly = true)
    public Optional<File> file(int fiscalYear, Integer number, String format) {
        List<File> files = jdbc.query("""
                SELECT f.media_type, f.sha256, f.content FROM report_version_files f JOIN report_versions v ON v.id = f.version_id
                WHERE v.fiscal_year = ? AND f.format = ? AND v.number = coalesce(?, (SELECT max(number)
                      FROM report_versions WHERE fiscal_year = ?))""",
                (rs, i) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)), fiscalYear, format, number,
                fiscalYear);
        return files.stream().findFirst();
    }

    private void decide(ReportWorkflow w, ApprovalStep step, Caller caller, String decision, String comment) {
        jdbc.update("INSERT INTO report_decisions (workflow_id, round, position, actor, decision, comment, decided_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", w.getId(), currentRound(w), step.name(), caller.username(), decision,
                comment, java.sql.Timestamp.from(Instant.now(clock)));
        audit.record(decision.equals("APPROVED") ? "APPROVE" : "REJECT", "report", w.getId(), w.getFiscalYear(), null,
                Map.of("position", step.name(), "comment", comment == null ? "" : comment));
    }

    /** Rounds start at each submission: decisions of earlier rounds stay as history. */
    private int currentRound(ReportWorkflow w) {
        Integer rejected = jdbc.queryForObject("SELECT count(*) FROM report_decisions WHERE workflow_id = ? "
                + "AND decision = 'REJECTED'", Integer.class, w.getId());
        Integer published = jdbc.queryForObject("SELECT count(*) FROM report_versions WHERE fiscal_year = ?",
                Integer.class, w.getFiscalYear());
        return 1 + rejected + published;
    }

    private boolean stale(ReportWorkflow w) {
        return w.getDataHash() != null && !w.getDataHash().equals(reports.fingerprint(w.getFiscalYear()));
    }

    private ReportWorkflow current(int fiscalYear, Status expected) {
        ReportWorkflow w = workflows.findByFiscalYear(fiscalYear).orElseThrow(() -> conflict("report-not-submitted",
                "รายงานปีงบประมาณ " + fiscalYear + " ยังไม่ได้เสนอ"));
        if (w.getStatus() != expected) {
            throw conflict("report-wrong-state", "รายงานอยู่ในสถานะ " + w.getStatus() + " จึงทำรายการนี้ไม่ได้ (ต้องเป็น "
                    + expected + ")");
        }
        if (stale(w)) {
            // The data changed after submission: what was approved is not what would be published.
            throw conflict("report-data-changed", "ข้อมูลของรายงานถูกแก้ไขหลังจากเสนอ รายงานกลับเป็นร่าง กรุณาเสนอใหม่");
        }
        return w;
    }

    /** The caller, when their position is the one whose turn it is. */
    private static Caller approver(ApprovalStep step) {
        Caller caller = Callers.current();
        String position = Callers.claim(PlatformClaims.POSITION).orElse("");
        if (!position.equals(step.name())) {
            throw forbidden("ขณะนี้เป็นลำดับการพิจารณาของ " + step.positionTh() + " (" + step.name() + ")");
        }
        return caller;
    }

    private List<Decision> decisions(long workflowId) {
        return jdbc.query("SELECT round, position, actor, decision, comment, decided_at FROM report_decisions "
                + "WHERE workflow_id = ? ORDER BY id", (rs, i) -> new Decision(rs.getInt(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()), workflowId);
    }

    private List<Version> versions(int fiscalYear) {
        return jdbc.query("""
                SELECT v.number, v.letter_number, v.template, f.sha256, v.published_by, v.published_at
                FROM report_versions v JOIN report_version_files f ON f.version_id = v.id AND f.format = 'pdf'
                WHERE v.fiscal_year = ? ORDER BY v.number""", (rs, i) -> new Version(rs.getInt(1), rs.getInt(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                publicUrl(fiscalYear, rs.getInt(1))), fiscalYear);
    }

    private static String publicUrl(int fiscalYear, int number) {
        return "/public/" + TenantContext.require() + "/reports/" + fiscalYear + "/versions/" + number;
    }

    private static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    private static ApiProblem conflict(String slug, String detail) {
        return ApiProblem.conflict(slug, "Report workflow conflict", detail);
    }
}
