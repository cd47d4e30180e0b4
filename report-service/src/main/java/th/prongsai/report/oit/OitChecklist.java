package th.prongsai.report.oit;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.ItasWindow;
import th.prongsai.ita.framework.OitItem;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.platform.web.Problems;
import th.prongsai.report.audit.AuditLog;
import th.prongsai.report.department.DepartmentService;
import th.prongsai.report.exchange.Csv;
import th.prongsai.report.feed.AnalyticsFeed;
import th.prongsai.report.framework.FrameworkCatalog;
import th.prongsai.report.oit.UrlChecks.UrlCheck;
import th.prongsai.tenancy.context.TenantContext;

/** The OIT checklist of the tenant in {@code TenantContext}: every item of the year's framework with its answer. */
@Service
class OitChecklist {

    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    /** One item of the year, answered or not (then the answer's fields are null), with its URLs' latest checks. */
    record ItemView(
            String code,
            String nameTh,
            String subIndicator,
            String indicator,
            String evidenceTh,
            boolean answeredByMeasureReport,
            boolean answered,
            @Nullable Boolean hasData,
            List<String> urls,
            @Nullable String explanation,
            @Nullable Long departmentId,
            @Nullable String departmentName,
            @Nullable LocalDate dueDate,
            boolean filledByReport,
            @Nullable Long version,
            @Nullable Instant updatedAt,
            List<UrlCheck> checks) {}

    record ChecklistView(
            int fiscalYear,
            @Nullable String noteTh,
            @Nullable ItasWindow itasWindow,
            int itemCount,
            int answeredCount,
            List<ItemView> items) {}

    private final OitAnswerRepository answers;
    private final FrameworkCatalog frameworks;
    private final DepartmentService departments;
    private final UrlChecks checks;
    private final AuditLog audit;
    private final AnalyticsFeed feed;
    private final Clock clock;
    private final String publicUrl;

    OitChecklist(
            OitAnswerRepository answers,
            FrameworkCatalog frameworks,
            DepartmentService departments,
            UrlChecks checks,
            AuditLog audit,
            AnalyticsFeed feed,
            Clock clock,
            @Value("${ita.report.oit.public-url:http://127.0.0.1:8080}") String publicUrl) {
        this.answers = answers;
        this.frameworks = frameworks;
        this.departments = departments;
        this.checks = checks;
        this.audit = audit;
        this.feed = feed;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Transactional(readOnly = true)
    public ChecklistView checklist(int fiscalYear) {
        Framework framework = frameworks.require(fiscalYear);
        Map<String, OitAnswer> byCode = byCode(fiscalYear);
        Map<String, UrlCheck> latest = checks.latest(fiscalYear);
        Map<Long, String> names = departments.names();
        List<ItemView> items = framework.oitItems().stream()
                .map(item -> view(item, byCode.get(item.code()), latest, names))
                .toList();
        int answered = (int) items.stream().filter(ItemView::answered).count();
        return new ChecklistView(
                fiscalYear, framework.oitNoteTh(), framework.itasWindow(), items.size(), answered, items);
    }

    @Transactional(readOnly = true)
    public ItemView item(int fiscalYear, String code) {
        OitItem item = requireItem(frameworks.require(fiscalYear), fiscalYear, code);
        return view(
                item,
                answers.findByFiscalYearAndItemCode(fiscalYear, code).orElse(null),
                checks.latest(fiscalYear),
                departments.names());
    }

    /**
     * Stores the answer to one item. Without {@code version} the item must not be answered yet; with it, the version
     * must be the stored one (409 otherwise, as for measures).
     */
    @Transactional
    public ItemView answer(int fiscalYear, String code, OitAnswerRequest request) {
        OitItem item = requireItem(frameworks.require(fiscalYear), fiscalYear, code);
        check(request);
        OitAnswer answer = answers.findByFiscalYearAndItemCode(fiscalYear, code).orElse(null);
        Instant now = Instant.now(clock);
        if (answer == null) {
            if (request.version() != null) {
                throw stale();
            }
            answer = new OitAnswer(fiscalYear, code, now);
            answer.apply(request, now);
            OitAnswer saved = answers.saveAndFlush(answer);
            ItemView after = view(item, saved, Map.of(), departments.names());
            audit.record("CREATE", "oit-answer", saved.getId(), fiscalYear, null, after);
            announceReadiness(fiscalYear);
            return item(fiscalYear, code);
        }
        if (request.version() == null || request.version() != answer.getVersion()) {
            throw stale();
        }
        ItemView before = view(item, answer, Map.of(), departments.names());
        answer.apply(request, now);
        // Flushing bumps the version, or fails with a 409 when someone else committed in between.
        OitAnswer saved = answers.saveAndFlush(answer);
        audit.record(
                "UPDATE",
                "oit-answer",
                saved.getId(),
                fiscalYear,
                before,
                view(item, saved, Map.of(), departments.names()));
        announceReadiness(fiscalYear);
        return item(fiscalYear, code);
    }

    /**
     * The published measure report answers the items flagged so in the framework: its permanent public URL goes in
     * first, without anyone typing it. Runs inside the publishing transaction.
     */
    @Transactional
    public int fillFromReport(int fiscalYear, int version, String publicPath) {
        Framework framework = frameworks.find(fiscalYear).orElse(null);
        if (framework == null) {
            return 0;
        }
        String url = publicUrl + publicPath;
        String prefix = publicUrl + "/public/" + TenantContext.require() + "/reports/";
        Instant now = Instant.now(clock);
        Map<Long, String> names = departments.names();
        int filled = 0;
        for (OitItem item : framework.oitItems()) {
            if (!item.answeredByMeasureReport()) {
                continue;
            }
            OitAnswer answer =
                    answers.findByFiscalYearAndItemCode(fiscalYear, item.code()).orElse(null);
            ItemView before = answer == null ? null : view(item, answer, Map.of(), names);
            if (answer == null) {
                answer = new OitAnswer(fiscalYear, item.code(), now);
            }
            answer.fillFromReport(
                    url,
                    prefix,
                    "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ " + fiscalYear
                            + " ฉบับเผยแพร่ครั้งที่ " + version + " (ไฟล์ PDF ในหน้านี้)",
                    now);
            OitAnswer saved = answers.saveAndFlush(answer);
            audit.record(
                    before == null ? "CREATE" : "UPDATE",
                    "oit-answer",
                    saved.getId(),
                    fiscalYear,
                    before,
                    view(item, saved, Map.of(), names));
            filled++;
        }
        if (filled > 0) {
            announceReadiness(fiscalYear);
        }
        return filled;
    }

    /**
     * Tells analytics where the year stands now, in the transaction of the change: the province's follow-up list and
     * the national console read it from there, never from each municipality's schema.
     */
    @Transactional
    public void announceReadiness(int fiscalYear) {
        Readiness.Result now = readiness(fiscalYear);
        feed.oitReadinessChanged(
                fiscalYear,
                now.items(),
                now.ready(),
                now.sharePercent(),
                now.missing().size(),
                now.broken().size(),
                now.offSite().size(),
                now.wrongYear().size(),
                now.notChecked().size(),
                now.window().closes());
    }

    /** The ITAS list: item → URL → explanation in ITAS order, a line per URL, as CSV for Excel. */
    @Transactional(readOnly = true)
    public byte[] itasCsv(int fiscalYear) {
        Framework framework = frameworks.require(fiscalYear);
        Map<String, OitAnswer> byCode = byCode(fiscalYear);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ข้อ", "รายการ", "ตัวชี้วัดย่อย", "มี/ไม่มี", "ลำดับ URL", "URL", "คำอธิบาย"));
        for (OitItem item : framework.oitItems()) {
            OitAnswer answer = byCode.get(item.code());
            String has = answer == null ? "" : answer.hasData() ? "มี" : "ไม่มี";
            String explanation = answer == null || answer.getExplanation() == null ? "" : answer.getExplanation();
            List<String> urls = answer == null ? List.of() : answer.getUrls();
            if (urls.isEmpty()) {
                rows.add(List.of(item.code(), item.nameTh(), item.subIndicator(), has, "", "", explanation));
            }
            for (int i = 0; i < urls.size(); i++) {
                rows.add(List.of(
                        item.code(),
                        item.nameTh(),
                        item.subIndicator(),
                        has,
                        String.valueOf(i + 1),
                        urls.get(i),
                        explanation));
            }
        }
        return Csv.write(rows);
    }

    /** Readiness of the year (see {@link Readiness}), as of today in Thailand. */
    @Transactional(readOnly = true)
    public Readiness.Result readiness(int fiscalYear) {
        Framework framework = frameworks.require(fiscalYear);
        Map<String, Readiness.Answer> given = byCode(fiscalYear).values().stream()
                .collect(Collectors.toMap(OitAnswer::getItemCode, a -> new Readiness.Answer(a.hasData(), a.getUrls())));
        Map<String, Readiness.Check> latest = checks.latest(fiscalYear).values().stream()
                .collect(Collectors.toMap(
                        UrlCheck::url, c -> new Readiness.Check(c.live(), c.onMainWebsite(), c.namesFiscalYear())));
        return Readiness.of(
                framework.oitItems(), given, latest, framework.itasWindow(), LocalDate.now(clock.withZone(THAILAND)));
    }

    /** Every distinct URL of the year's answers that says มี, in ITAS order (what a check run opens). */
    @Transactional(readOnly = true)
    public List<String> urlsToCheck(int fiscalYear) {
        Framework framework = frameworks.require(fiscalYear);
        Map<String, OitAnswer> byCode = byCode(fiscalYear);
        Set<String> urls = new java.util.LinkedHashSet<>();
        for (OitItem item : framework.oitItems()) {
            OitAnswer answer = byCode.get(item.code());
            if (answer != null && answer.hasData()) {
                urls.addAll(answer.getUrls());
            }
        }
        return List.copyOf(urls);
    }

    private Map<String, OitAnswer> byCode(int fiscalYear) {
        return answers.findByFiscalYear(fiscalYear).stream()
                .collect(Collectors.toMap(OitAnswer::getItemCode, Function.identity()));
    }

    private static OitItem requireItem(Framework framework, int fiscalYear, String code) {
        return framework
                .oitItem(code)
                .orElseThrow(
                        () -> ApiProblem.notFound("รายการ OIT " + code + " ในกรอบการประเมินปีงบประมาณ " + fiscalYear));
    }

    /** The rules Bean Validation cannot say: web addresses, ไม่มี without URLs, no URL twice, a known department. */
    private void check(OitAnswerRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        request.unknownFieldsOrEmpty().keySet().stream()
                .sorted()
                .forEach(name -> errors.add(Problems.fieldError(name, "unknown field")));
        List<String> urls = request.urlsOrEmpty();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < urls.size(); i++) {
            if (!isWebAddress(urls.get(i))) {
                errors.add(Problems.fieldError("urls[" + i + "]", "must be an absolute http or https address"));
            } else if (!seen.add(urls.get(i))) {
                errors.add(Problems.fieldError("urls[" + i + "]", "is given twice"));
            }
        }
        if (Boolean.FALSE.equals(request.hasData()) && !urls.isEmpty()) {
            errors.add(Problems.fieldError("urls", "must be empty when hasData is false (ไม่มี)"));
        }
        if (request.departmentId() != null
                && !departments.missing(List.of(request.departmentId())).isEmpty()) {
            errors.add(Problems.fieldError("departmentId", "is not a department of this municipality"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static ItemView view(
            OitItem item, @Nullable OitAnswer a, Map<String, UrlCheck> latest, Map<Long, String> names) {
        List<String> urls = a == null ? List.of() : a.getUrls();
        return new ItemView(
                item.code(),
                item.nameTh(),
                item.subIndicator(),
                item.indicator(),
                item.evidenceTh(),
                item.answeredByMeasureReport(),
                a != null,
                a == null ? null : a.hasData(),
                urls,
                a == null ? null : a.getExplanation(),
                a == null ? null : a.getDepartmentId(),
                a == null || a.getDepartmentId() == null ? null : names.get(a.getDepartmentId()),
                a == null ? null : a.getDueDate(),
                a != null && a.isFilledByReport(),
                a == null ? null : a.getVersion(),
                a == null ? null : a.getUpdatedAt(),
                urls.stream().map(latest::get).filter(c -> c != null).toList());
    }

    static ApiProblem stale() {
        return new ApiProblem(
                HttpStatus.CONFLICT,
                "stale-version",
                "Stale version",
                "ข้อมูลรายการนี้ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดข้อมูลล่าสุดก่อนแก้ไข");
    }
}
