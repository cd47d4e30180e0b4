package th.prongsai.report.publication;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.ita.thai.FiscalYears;
import th.prongsai.ita.thai.ThaiDates;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.audit.AuditLog;
import th.prongsai.report.document.ApprovalStep;
import th.prongsai.report.document.ReportLayout.ApproverBlock;
import th.prongsai.report.document.ReportLayout.Paragraphs;
import th.prongsai.report.document.ReportService;
import th.prongsai.report.document.ReportService.Document;
import th.prongsai.report.document.ReportService.Stamp;
import th.prongsai.report.document.ReportSettings;
import th.prongsai.report.measure.AttachmentService;
import th.prongsai.report.publication.ReportWorkflow.Status;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.PlatformClaims;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.context.TenantContext;
import th.prongsai.tenancy.security.Callers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's way from draft to the public: an officer submits it, each approver of the chain approves (with a
 * comment) or rejects (with a reason) in order, the tenant's admin publishes it. A published version is stored whole
 * (every format's bytes with their SHA-256, who approved when, the memo's letter number) and can never change;
 * editing the data afterwards makes a new draft, and publishing again makes version n+1.
 */
@Service
public class Publication {

    /** The standard claim for a person's display name; tokens without it leave the decision's actorName empty. */
    static final String DISPLAY_NAME_CLAIM = "name";

    /** One approver's decision; {@code actorName} is their display name when their token carried one. */
    public record Decision(
            int round,
            String position,
            String actor,
            String decision,
            String comment,
            Instant decidedAt,
            String actorName) {}

    public record Version(
            int number,
            int letterNumber,
            String template,
            String sha256,
            String publishedBy,
            Instant publishedAt,
            String publicUrl) {}

    /**
     * Where the report stands. {@code steps} is the chain in this round (each APPROVED or REJECTED with its decision,
     * CURRENT for the approver whose turn it is, else WAITING); {@code history} is every submission, decision and
     * publication of the year, oldest first.
     */
    public record StatusView(
            int fiscalYear,
            String status,
            String template,
            String digits,
            List<String> chain,
            String nextApprover,
            boolean dataChangedSinceSubmission,
            List<Decision> decisions,
            List<Version> versions,
            String nextApproverTh,
            int approvedSteps,
            List<Step> steps,
            String submittedBy,
            Instant submittedAt,
            List<Event> history) {}

    /**
     * One position of the approval chain in the current round; actor (username), actorName (display name, when
     * known), comment and decidedAt once it decided.
     */
    public record Step(
            String position,
            String positionTh,
            String state,
            String actor,
            String comment,
            Instant decidedAt,
            String actorName) {}

    /**
     * One thing that happened to the report: SUBMITTED (actor), APPROVED (actor, position, comment), REJECTED (actor,
     * position, the reason in comment) or PUBLISHED (actor, version); actorName is a decider's display name when known.
     */
    public record Event(
            String type,
            String actor,
            String position,
            String positionTh,
            String comment,
            Integer version,
            Instant at,
            String actorName) {}

    private record Submission(String actor, Instant at) {}

    public record Published(int version, String sha256, String publicUrl) {}

    /** A stored file of a published version. */
    public record File(String mediaType, String sha256, byte[] bytes) {}

    private final ReportWorkflowRepository workflows;
    private final ReportService reports;
    private final ReportChecks checks;
    private final ReportSettings settings;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    public Publication(
            ReportWorkflowRepository workflows,
            ReportService reports,
            ReportChecks checks,
            ReportSettings settings,
            JdbcTemplate jdbc,
            AuditLog audit,
            JsonMapper json,
            Clock clock,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
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
        if (workflow.isEmpty()) {
            List<ApprovalStep> chain = settings.current().approvalChain();
            return new StatusView(
                    fiscalYear,
                    Status.DRAFT.name(),
                    null,
                    null,
                    chain.stream().map(Enum::name).toList(),
                    null,
                    false,
                    List.of(),
                    versions(fiscalYear),
                    null,
                    0,
                    steps(chain, Status.DRAFT, 0, List.of()),
                    null,
                    null,
                    List.of());
        }
        return views(List.of(workflow.get())).get(fiscalYear);
    }

    /**
     * The status of every year that has a workflow row, by year: a fixed number of queries however many years (the
     * data is fingerprinted only for reports under consideration).
     */
    @Transactional(readOnly = true)
    public Map<Integer, StatusView> statuses() {
        return views(workflows.findAll());
    }

    private Map<Integer, StatusView> views(List<ReportWorkflow> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        List<ApprovalStep> currentChain = settings.current().approvalChain();
        Long[] ids = list.stream().map(ReportWorkflow::getId).toArray(Long[]::new);
        Map<Long, List<Decision>> decisions = decisions(ids);
        Map<Long, List<Submission>> submissions = submissions(ids);
        Map<Integer, List<Version>> versions =
                versions(list.stream().map(ReportWorkflow::getFiscalYear).toArray(Integer[]::new));
        List<Integer> underConsideration = list.stream()
                .filter(Publication::underConsideration)
                .map(ReportWorkflow::getFiscalYear)
                .toList();
        Map<Integer, String> fingerprints =
                underConsideration.isEmpty() ? Map.of() : reports.fingerprints(underConsideration);
        Map<Integer, StatusView> views = new TreeMap<>();
        for (ReportWorkflow w : list) {
            // Editing the data after submission makes the report a draft again.
            boolean changed = underConsideration(w) && !w.getDataHash().equals(fingerprints.get(w.getFiscalYear()));
            Status status = changed ? Status.DRAFT : w.getStatus();
            // A report under consideration, rejected or published keeps the chain it was submitted under; a draft
            // will go up the chain as the settings are now.
            List<ApprovalStep> steps = status == Status.DRAFT ? currentChain : w.getApprovalChain();
            List<String> chain = steps.stream().map(Enum::name).toList();
            String next = status == Status.SUBMITTED && w.getStep() < steps.size()
                    ? steps.get(w.getStep()).name()
                    : null;
            List<Decision> made = decisions.getOrDefault(w.getId(), List.of());
            List<Submission> submitted = submissions.getOrDefault(w.getId(), List.of());
            List<Version> published = versions.getOrDefault(w.getFiscalYear(), List.of());
            int approved = status == Status.DRAFT ? 0 : Math.min(w.getStep(), steps.size());
            views.put(
                    w.getFiscalYear(),
                    new StatusView(
                            w.getFiscalYear(),
                            status.name(),
                            w.getTemplate(),
                            w.getDigits(),
                            chain,
                            next,
                            changed,
                            made,
                            published,
                            next == null ? null : steps.get(w.getStep()).positionTh(),
                            approved,
                            steps(steps, status, approved, made),
                            w.getSubmittedBy(),
                            submitted.isEmpty() ? null : submitted.getLast().at(),
                            history(submitted, made, published)));
        }
        return views;
    }

    private static boolean underConsideration(ReportWorkflow w) {
        return w.getDataHash() != null && (w.getStatus() == Status.SUBMITTED || w.getStatus() == Status.APPROVED);
    }

    /** The chain in this round: its decisions are the last {@code approved} ones, plus the rejection after them. */
    private static List<Step> steps(List<ApprovalStep> chain, Status status, int approved, List<Decision> decisions) {
        int inRound = switch (status) {
            case DRAFT -> 0;
            case REJECTED -> approved + 1;
            default -> approved;
        };
        List<Decision> round = decisions.subList(Math.max(0, decisions.size() - inRound), decisions.size());
        List<Step> result = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            ApprovalStep step = chain.get(i);
            Optional<Decision> decided =
                    round.stream().filter(d -> d.position().equals(step.name())).reduce((first, last) -> last);
            String state = decided.map(Decision::decision)
                    .orElse(status == Status.SUBMITTED && i == approved ? "CURRENT" : "WAITING");
            result.add(new Step(
                    step.name(),
                    step.positionTh(),
                    state,
                    decided.map(Decision::actor).orElse(null),
                    decided.map(Decision::comment).orElse(null),
                    decided.map(Decision::decidedAt).orElse(null),
                    decided.map(Decision::actorName).orElse(null)));
        }
        return result;
    }

    private static List<Event> history(List<Submission> submissions, List<Decision> decisions, List<Version> versions) {
        List<Event> events = new ArrayList<>();
        submissions.forEach(s -> events.add(new Event("SUBMITTED", s.actor(), null, null, null, null, s.at(), null)));
        decisions.forEach(d -> events.add(new Event(
                d.decision(),
                d.actor(),
                d.position(),
                positionTh(d.position()),
                d.comment(),
                null,
                d.decidedAt(),
                d.actorName())));
        versions.forEach(v -> events.add(
                new Event("PUBLISHED", v.publishedBy(), null, null, null, v.number(), v.publishedAt(), null)));
        // A stable sort: each kind is already in order, and the kinds interleave by time.
        events.sort(Comparator.comparing(Event::at));
        return events;
    }

    private static String positionTh(String position) {
        return Arrays.stream(ApprovalStep.values())
                .filter(s -> s.name().equals(position))
                .findFirst()
                .map(ApprovalStep::positionTh)
                .orElse(null);
    }

    @Transactional
    public StatusView submit(int fiscalYear, String template, String digits) {
        Caller caller = Callers.current();
        if (!caller.has(Role.MUNICIPAL_OFFICER) && !caller.has(Role.MUNICIPAL_ADMIN)) {
            throw forbidden("เฉพาะเจ้าหน้าที่ของเทศบาลเท่านั้นที่เสนอรายงานได้");
        }
        ReportWorkflow w = workflows
                .findByFiscalYear(fiscalYear)
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
        Document draft = reports.render(fiscalYear, "csv", template, digits, null, null);
        w.submit(
                template == null ? "tha-phae-2567" : template,
                digits == null ? "" : digits,
                reports.fingerprint(fiscalYear),
                caller.username(),
                settings.current().approvalChain(),
                Instant.now(clock));
        workflows.saveAndFlush(w);
        audit.record(
                "SUBMIT",
                "report",
                w.getId(),
                fiscalYear,
                null,
                Map.of("template", w.getTemplate(), "draftBytes", draft.bytes().length));
        return status(fiscalYear);
    }

    @Transactional
    public StatusView approve(int fiscalYear, String comment) {
        return decide(fiscalYear, "APPROVED", comment, ReportWorkflow::approved);
    }

    @Transactional
    public StatusView reject(int fiscalYear, String reason) {
        return decide(fiscalYear, "REJECTED", reason, ReportWorkflow::rejected);
    }

    /**
     * An approver's decision, either way: the submitted report loaded and checked unchanged, the caller checked as
     * the approver whose turn it is, the decision recorded with its audit entry, then the workflow moved on.
     */
    private StatusView decide(
            int fiscalYear, String decision, String comment, BiConsumer<ReportWorkflow, Instant> move) {
        ReportWorkflow w = current(fiscalYear, Status.SUBMITTED);
        ApprovalStep step = currentStep(w);
        Caller caller = approver(w, step);
        record(w, step, caller, decision, comment);
        move.accept(w, Instant.now(clock));
        workflows.saveAndFlush(w);
        return status(fiscalYear);
    }

    /**
     * Publishes the approved report. The peer standing is asked from analytics first, outside any transaction (a
     * remote call must not hold a pooled connection); the version is then stored in one transaction.
     */
    public Published publish(int fiscalYear) {
        Caller caller = Callers.current();
        if (!caller.has(Role.MUNICIPAL_ADMIN)) {
            throw forbidden("เฉพาะผู้ดูแลของเทศบาลเท่านั้นที่เผยแพร่รายงานได้");
        }
        String template = transactions.execute(
                status -> current(fiscalYear, Status.APPROVED).getTemplate());
        Paragraphs peerStanding = reports.peerStanding(fiscalYear, template);
        return transactions.execute(status -> publish(fiscalYear, caller, peerStanding));
    }

    private Published publish(int fiscalYear, Caller caller, @Nullable Paragraphs peerStanding) {
        ReportWorkflow w = current(fiscalYear, Status.APPROVED);
        int number = 1
                + jdbc.queryForObject(
                        "SELECT coalesce(max(number), 0) FROM report_versions WHERE fiscal_year = ?",
                        Integer.class,
                        fiscalYear);
        int beYear = FiscalYears.toBe(LocalDate.now(clock).getYear());
        int letter = 1
                + jdbc.queryForObject(
                        "SELECT coalesce(max(letter_number), 0) FROM report_versions "
                                + "WHERE extract(year FROM published_at AT TIME ZONE 'Asia/Bangkok') + 543 = ?",
                        Integer.class,
                        beYear);
        // The approvals of this submission: one per step of the chain it was submitted under, the last ones made.
        ReportSettings.Settings configured = settings.current();
        List<ApprovalStep> chain = w.getApprovalChain();
        List<Decision> all = decisions(w.getId());
        List<Decision> approvals = all.subList(Math.max(0, all.size() - chain.size()), all.size());
        List<ApproverBlock> blocks = new ArrayList<>();
        for (ApprovalStep step : chain) {
            Decision d = approvals.stream()
                    .filter(a -> a.position().equals(step.name()))
                    .findFirst()
                    .orElseThrow(() -> conflict(
                            "report-approvals-incomplete",
                            "ยังไม่ได้รับความเห็นชอบจาก " + step.positionTh() + " ในการเสนอครั้งนี้"));
            // the memo names the person where their token said their name
            blocks.add(new ApproverBlock(
                    step.positionTh(),
                    d.comment() == null ? "ทราบ" : d.comment(),
                    d.actorName() == null ? d.actor() : d.actorName(),
                    ThaiDates.longDate(
                            d.decidedAt().atZone(ZoneId.of("Asia/Bangkok")).toLocalDate(), DigitStyle.ARABIC)));
        }
        Stamp stamp = new Stamp(configured.letterPrefix() + "/" + letter + "/" + beYear, blocks);
        Instant now = Instant.now(clock);
        Long id = jdbc.queryForObject(
                """
                INSERT INTO report_versions (fiscal_year, number, letter_number, template, approvals, published_by, published_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?) RETURNING id""",
                Long.class,
                fiscalYear,
                number,
                letter,
                w.getTemplate(),
                json.writeValueAsString(approvals),
                caller.username(),
                Timestamp.from(now));
        String pdfSha = null;
        for (String format : formats()) {
            Document document = reports.render(
                    fiscalYear,
                    format,
                    w.getTemplate(),
                    w.getDigits().isEmpty() ? null : w.getDigits(),
                    stamp,
                    peerStanding);
            String sha = AttachmentService.sha256(document.bytes());
            jdbc.update(
                    "INSERT INTO report_version_files (version_id, format, media_type, sha256, content) "
                            + "VALUES (?, ?, ?, ?, ?)",
                    id,
                    format,
                    document.mediaType(),
                    sha,
                    document.bytes());
            if (format.equals("pdf")) {
                pdfSha = sha;
            }
        }
        w.published(now);
        workflows.saveAndFlush(w);
        String url = publicUrl(fiscalYear, number);
        audit.record(
                "PUBLISH",
                "report",
                id,
                fiscalYear,
                null,
                Map.of("version", number, "sha256", pdfSha, "letterNumber", letter));
        events.publishEvent(new ReportPublished(fiscalYear, number, url));
        return new Published(number, pdfSha, url);
    }

    /** What every published version holds: each file format of the report. */
    List<String> formats() {
        return reports.fileFormats();
    }

    /** A published file: the latest version when {@code number} is null. Drafts are never served. */
    @Transactional(readOnly = true)
    public Optional<File> file(int fiscalYear, Integer number, String format) {
        List<File> files = jdbc.query(
                """
                SELECT f.media_type, f.sha256, f.content FROM report_version_files f JOIN report_versions v ON v.id = f.version_id
                WHERE v.fiscal_year = ? AND f.format = ? AND v.number = coalesce(?, (SELECT max(number)
                      FROM report_versions WHERE fiscal_year = ?))""",
                (rs, i) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                fiscalYear,
                format,
                number,
                fiscalYear);
        return files.stream().findFirst();
    }

    private void record(ReportWorkflow w, ApprovalStep step, Caller caller, String decision, String comment) {
        String name = Callers.claim(DISPLAY_NAME_CLAIM)
                .filter(n -> !n.isBlank())
                .map(n -> n.length() > 200 ? n.substring(0, 200) : n)
                .orElse(null);
        jdbc.update(
                "INSERT INTO report_decisions (workflow_id, round, position, actor, decision, comment, decided_at, "
                        + "actor_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                w.getId(),
                currentRound(w),
                step.name(),
                caller.username(),
                decision,
                comment,
                Timestamp.from(Instant.now(clock)),
                name);
        audit.record(
                decision.equals("APPROVED") ? "APPROVE" : "REJECT",
                "report",
                w.getId(),
                w.getFiscalYear(),
                null,
                Map.of("position", step.name(), "comment", comment == null ? "" : comment));
    }

    /** Rounds start at each submission: decisions of earlier rounds stay as history. */
    private int currentRound(ReportWorkflow w) {
        Integer rejected = jdbc.queryForObject(
                "SELECT count(*) FROM report_decisions WHERE workflow_id = ? " + "AND decision = 'REJECTED'",
                Integer.class,
                w.getId());
        Integer published = jdbc.queryForObject(
                "SELECT count(*) FROM report_versions WHERE fiscal_year = ?", Integer.class, w.getFiscalYear());
        return 1 + rejected + published;
    }

    private boolean stale(ReportWorkflow w) {
        return w.getDataHash() != null && !w.getDataHash().equals(reports.fingerprint(w.getFiscalYear()));
    }

    private ReportWorkflow current(int fiscalYear, Status expected) {
        ReportWorkflow w = workflows
                .findByFiscalYear(fiscalYear)
                .orElseThrow(
                        () -> conflict("report-not-submitted", "รายงานปีงบประมาณ " + fiscalYear + " ยังไม่ได้เสนอ"));
        if (w.getStatus() != expected) {
            throw conflict(
                    "report-wrong-state",
                    "รายงานอยู่ในสถานะ " + w.getStatus() + " จึงทำรายการนี้ไม่ได้ (ต้องเป็น " + expected + ")");
        }
        if (stale(w)) {
            // The data changed after submission: what was approved is not what would be published.
            throw conflict(
                    "report-data-changed", "ข้อมูลของรายงานถูกแก้ไขหลังจากเสนอ รายงานกลับเป็นร่าง กรุณาเสนอใหม่");
        }
        return w;
    }

    /** The step whose turn it is, in the chain the report was submitted under. */
    private static ApprovalStep currentStep(ReportWorkflow w) {
        List<ApprovalStep> chain = w.getApprovalChain();
        return chain.get(Math.min(w.getStep(), chain.size() - 1));
    }

    /**
     * The caller, when their position is the one whose turn it is and they did not submit the report themselves
     * (segregation of duties: no one approves or rejects their own submission).
     */
    private static Caller approver(ReportWorkflow w, ApprovalStep step) {
        Caller caller = Callers.current();
        String position = Callers.claim(PlatformClaims.POSITION).orElse("");
        if (!position.equals(step.name())) {
            throw forbidden("ขณะนี้เป็นลำดับการพิจารณาของ " + step.positionTh() + " (" + step.name() + ")");
        }
        if (caller.username().equalsIgnoreCase(w.getSubmittedBy())) {
            throw new ApiProblem(
                    HttpStatus.FORBIDDEN,
                    "self-approval",
                    "Self-approval refused",
                    "ท่านเป็นผู้เสนอรายงานฉบับนี้ จึงเห็นชอบหรือส่งกลับรายงานที่ตนเองเสนอไม่ได้ " + "ต้องให้"
                            + step.positionTh() + "ท่านอื่นพิจารณา");
        }
        return caller;
    }

    private List<Decision> decisions(long workflowId) {
        return decisions(new Long[] {workflowId}).getOrDefault(workflowId, List.of());
    }

    private Map<Long, List<Decision>> decisions(Long[] workflowIds) {
        Map<Long, List<Decision>> result = new HashMap<>();
        jdbc.query(
                "SELECT workflow_id, round, position, actor, decision, comment, decided_at, actor_name "
                        + "FROM report_decisions WHERE workflow_id = ANY (?) ORDER BY id",
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Decision(
                                    rs.getInt(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getTimestamp(7).toInstant(),
                                    rs.getString(8)));
                },
                (Object) workflowIds);
        return result;
    }

    /**
     * Who submitted when, from the audit log: each submission's entry is written in the submission's own
     * transaction, and the workflow row keeps only the latest submitter.
     */
    private Map<Long, List<Submission>> submissions(Long[] workflowIds) {
        Map<Long, List<Submission>> result = new HashMap<>();
        jdbc.query(
                "SELECT entity_id, actor, occurred_at FROM audit_log WHERE entity = 'report' AND action = 'SUBMIT' "
                        + "AND entity_id = ANY (?) ORDER BY id",
                rs -> {
                    result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Submission(
                                    rs.getString(2), rs.getTimestamp(3).toInstant()));
                },
                (Object) workflowIds);
        return result;
    }

    private List<Version> versions(int fiscalYear) {
        return versions(new Integer[] {fiscalYear}).getOrDefault(fiscalYear, List.of());
    }

    private Map<Integer, List<Version>> versions(Integer[] fiscalYears) {
        Map<Integer, List<Version>> result = new HashMap<>();
        jdbc.query(
                """
                SELECT v.fiscal_year, v.number, v.letter_number, v.template, f.sha256, v.published_by, v.published_at
                FROM report_versions v JOIN report_version_files f ON f.version_id = v.id AND f.format = 'pdf'
                WHERE v.fiscal_year = ANY (?) ORDER BY v.fiscal_year, v.number""",
                rs -> {
                    int year = rs.getInt(1);
                    result.computeIfAbsent(year, y -> new ArrayList<>())
                            .add(new Version(
                                    rs.getInt(2),
                                    rs.getInt(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getTimestamp(7).toInstant(),
                                    publicUrl(year, rs.getInt(2))));
                },
                (Object) fiscalYears);
        return result;
    }

    private static String publicUrl(int fiscalYear, int number) {
        return "/public/" + TenantContext.require() + "/reports/" + fiscalYear + "/versions/" + number;
    }

    private static ApiProblem forbidden(String detail) {
        return ApiProblem.forbidden(detail);
    }

    private static ApiProblem conflict(String slug, String detail) {
        return ApiProblem.conflict(slug, "Report workflow conflict", detail);
    }
}
