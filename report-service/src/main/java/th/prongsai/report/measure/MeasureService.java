package th.prongsai.report.measure;

import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.thai.FiscalYears;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.platform.web.InputText;
import th.prongsai.platform.web.Problems;
import th.prongsai.report.audit.AuditLog;
import th.prongsai.report.department.DepartmentService;
import th.prongsai.report.feed.AnalyticsFeed;
import th.prongsai.report.framework.FrameworkCatalog;
import th.prongsai.report.measure.AttachmentService.AttachmentView;
import th.prongsai.tenancy.context.TenantContext;

/** Measures of the tenant in {@code TenantContext}. */
@Service
public class MeasureService {

    /** How far a measure's period may reach outside its fiscal year, in months (work often starts early or runs late). */
    static final int PERIOD_SLACK_MONTHS = 6;

    /** The highest measure number ({@link MeasureRequest#number()}'s maximum). */
    static final int MAX_NUMBER = 9999;

    /** How a measure is shown. */
    public record MeasureView(
            long id,
            int fiscalYear,
            int number,
            String title,
            Long themeId,
            List<String> indicatorCodes,
            List<String> methodSteps,
            List<Long> departmentIds,
            YearMonth startMonth,
            YearMonth endMonth,
            String monitoring,
            MeasureStatus status,
            List<ProgressNote> progressNotes,
            String outputSummary,
            String outcome,
            String recommendation,
            List<EvidenceLink> evidenceLinks,
            List<AttachmentView> attachments,
            long version,
            Instant createdAt,
            Instant updatedAt) {

        static MeasureView of(Measure m, List<AttachmentView> attachments) {
            return new MeasureView(
                    m.getId(),
                    m.getFiscalYear(),
                    m.getNumber(),
                    m.getTitle(),
                    m.getThemeId(),
                    m.getIndicatorCodes(),
                    m.getMethodSteps(),
                    m.getDepartmentIds().stream().sorted().toList(),
                    m.getStartMonth(),
                    m.getEndMonth(),
                    m.getMonitoring(),
                    m.getStatus(),
                    m.getProgressNotes(),
                    m.getOutputSummary(),
                    m.getOutcome(),
                    m.getRecommendation(),
                    m.getEvidenceLinks(),
                    attachments,
                    m.getVersion(),
                    m.getCreatedAt(),
                    m.getUpdatedAt());
        }
    }

    private final MeasureRepository measures;
    private final DepartmentService departments;
    private final ThemeService themes;
    private final AttachmentService attachments;
    private final FrameworkCatalog frameworks;
    private final AuditLog audit;
    private final AnalyticsFeed feed;
    private final EntityManager entityManager;
    private final Clock clock;

    public MeasureService(
            MeasureRepository measures,
            DepartmentService departments,
            ThemeService themes,
            AttachmentService attachments,
            FrameworkCatalog frameworks,
            AuditLog audit,
            AnalyticsFeed feed,
            EntityManager entityManager,
            Clock clock) {
        this.measures = measures;
        this.departments = departments;
        this.themes = themes;
        this.attachments = attachments;
        this.frameworks = frameworks;
        this.audit = audit;
        this.feed = feed;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MeasureView> list(int fiscalYear, int size) {
        return views(measures.findByFiscalYearOrderByNumberAsc(fiscalYear, Limit.of(size)));
    }

    /** The first {@code size} measures of the year that pass the filter, ordered by number. */
    @Transactional(readOnly = true)
    public List<MeasureView> list(int fiscalYear, int size, MeasureFilter filter) {
        if (filter.isEmpty()) {
            return list(fiscalYear, size);
        }
        // Only the given conditions are written into the SQL; every value is a bound parameter.
        StringBuilder sql = new StringBuilder("SELECT m.* FROM measures m WHERE m.fiscal_year = :year");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("year", fiscalYear);
        if (filter.status() != null) {
            sql.append(" AND m.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.themeId() != null) {
            sql.append(" AND m.theme_id = :theme");
            parameters.put("theme", filter.themeId());
        }
        if (filter.indicator() != null) {
            // An indicator (9) also matches its sub-indicators (9.1), as the analysis counts them.
            sql.append(" AND EXISTS (SELECT 1 FROM unnest(m.indicator_codes) c WHERE c = :code");
            if (!filter.indicator().contains(".")) {
                sql.append(" OR c LIKE :subCodes");
                parameters.put("subCodes", filter.indicator() + ".%");
            }
            sql.append(")");
            parameters.put("code", filter.indicator());
        }
        if (filter.text() != null) {
            sql.append(" AND m.title ILIKE :text ESCAPE '\\'");
            parameters.put(
                    "text",
                    "%"
                            + filter.text()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        sql.append(" ORDER BY m.number LIMIT :size");
        parameters.put("size", size);
        var query = entityManager.createNativeQuery(sql.toString(), Measure.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Measure> found = query.getResultList();
        return views(found);
    }

    /** Every measure of the year, ordered by number. */
    @Transactional(readOnly = true)
    public List<MeasureView> all(int fiscalYear) {
        return views(measures.findByFiscalYearOrderByNumberAsc(fiscalYear));
    }

    @Transactional(readOnly = true)
    public MeasureView get(int fiscalYear, long id) {
        return view(find(fiscalYear, id));
    }

    @Transactional
    public MeasureView create(int fiscalYear, MeasureRequest request) {
        MeasureView created = insert(fiscalYear, request);
        audit.record("CREATE", "measure", created.id(), fiscalYear, null, created);
        coverageChanged(fiscalYear);
        return created;
    }

    /**
     * Checks and stores a new measure without an audit entry of its own (for whole-year operations). Without a
     * number it takes the year's next (highest + 1, or 1); without a status it is PLANNED.
     */
    @Transactional
    public MeasureView insert(int fiscalYear, MeasureRequest given) {
        check(fiscalYear, given);
        lockNumbers(fiscalYear);
        MeasureRequest request = given.withDefaults(given.number() == null ? nextNumber(fiscalYear) : given.number());
        if (measures.existsByFiscalYearAndNumberAndIdNot(fiscalYear, request.number(), -1)) {
            throw duplicateNumber(request.number());
        }
        Measure measure = new Measure(fiscalYear, Instant.now(clock));
        measure.apply(request, Instant.now(clock));
        return MeasureView.of(measures.saveAndFlush(measure), List.of());
    }

    private int nextNumber(int fiscalYear) {
        int next = measures.maxNumber(fiscalYear) + 1;
        if (next > MAX_NUMBER) {
            throw ApiProblem.conflict(
                    "measure-numbers-exhausted",
                    "No measure number left",
                    "ปีงบประมาณนี้ใช้ลำดับมาตรการถึง " + MAX_NUMBER + " แล้ว กรุณาระบุ number หรือจัดลำดับใหม่");
        }
        return next;
    }

    /**
     * Serialises the numbering of one tenant's fiscal year until commit, so that two creations at once cannot both
     * take the same next number (the unique key would turn the second into a 409) and the duplicate check sees
     * what the other committed. An advisory lock, because an empty year has no row to lock.
     */
    private void lockNumbers(int fiscalYear) {
        entityManager
                .createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(:key), :year)) l")
                .setParameter("key", "measure-numbers:" + TenantContext.require())
                .setParameter("year", fiscalYear)
                .getSingleResult();
    }

    @Transactional
    public MeasureView update(int fiscalYear, long id, MeasureRequest request) {
        Measure measure = find(fiscalYear, id);
        if (request.version() == null || measure.getVersion() != request.version()) {
            throw stale();
        }
        check(fiscalYear, request);
        lockNumbers(fiscalYear);
        if (measures.existsByFiscalYearAndNumberAndIdNot(fiscalYear, request.number(), id)) {
            throw duplicateNumber(request.number());
        }
        MeasureView before = view(measure);
        measure.apply(request, Instant.now(clock));
        // Flushing here bumps the version (or fails with a 409 when someone else committed in between).
        MeasureView after = view(measures.saveAndFlush(measure));
        audit.record("UPDATE", "measure", id, fiscalYear, before, after);
        coverageChanged(fiscalYear);
        return after;
    }

    @Transactional
    public void delete(int fiscalYear, long id) {
        Measure measure = find(fiscalYear, id);
        audit.record("DELETE", "measure", id, fiscalYear, view(measure), null);
        measures.delete(measure);
        measures.flush();
        coverageChanged(fiscalYear);
    }

    /** Tells analytics how many of the year's measures aim at each indicator now (inside the caller's transaction). */
    @Transactional
    public void coverageChanged(int fiscalYear) {
        Map<String, Integer> counts = new TreeMap<>();
        numbersByIndicator(fiscalYear).forEach((code, numbers) -> counts.put(code, numbers.size()));
        feed.measuresChanged(fiscalYear, counts);
    }

    /** Every fiscal year that has measures, each as a coverage event again (a replay for analytics). */
    @Transactional
    public int republishCoverage() {
        List<Integer> years = measures.fiscalYears();
        years.forEach(this::coverageChanged);
        return years.size();
    }

    /**
     * Renumbers the year's measures 1…n in the order given, which must name every measure of the year once.
     * Each renumbered measure gets a new version, like any other update.
     */
    @Transactional
    public List<MeasureView> reorder(int fiscalYear, List<Long> ids) {
        lockNumbers(fiscalYear);
        List<Measure> current = measures.findByFiscalYearOrderByNumberAsc(fiscalYear);
        Map<Long, Measure> byId = current.stream().collect(Collectors.toMap(Measure::getId, Function.identity()));
        if (ids.size() != current.size() || !byId.keySet().equals(new HashSet<>(ids))) {
            throw ApiProblem.invalid(
                    "measureIds",
                    "must list each of the " + current.size() + " measures of fiscal year " + fiscalYear
                            + " exactly once");
        }
        List<Integer> before = current.stream().map(Measure::getNumber).toList();
        // Numbers are unique per year; swapping them needs the check at commit, not per row.
        entityManager
                .createNativeQuery("SET CONSTRAINTS measures_fiscal_year_number_uq DEFERRED")
                .executeUpdate();
        Instant now = Instant.now(clock);
        for (int i = 0; i < ids.size(); i++) {
            Measure measure = byId.get(ids.get(i));
            if (measure.getNumber() != i + 1) {
                measure.renumber(i + 1, now);
            }
        }
        measures.flush();
        audit.record(
                "REORDER",
                "measure",
                null,
                fiscalYear,
                Map.of("ids", current.stream().map(Measure::getId).toList(), "numbers", before),
                Map.of("ids", ids));
        return all(fiscalYear);
    }

    /** For each indicator code (sub-indicators count for their indicator), the numbers of the measures aimed at it. */
    @Transactional(readOnly = true)
    public Map<String, List<Integer>> numbersByIndicator(int fiscalYear) {
        Map<String, List<Integer>> result = new TreeMap<>();
        for (Object[] row : measures.indicatorCodesByNumber(fiscalYear)) {
            int number = (Integer) row[0];
            @SuppressWarnings("unchecked")
            List<String> codes = (List<String>) row[1];
            codes.stream()
                    .map(code -> code.split("\\.")[0])
                    .distinct()
                    .forEach(code ->
                            result.computeIfAbsent(code, c -> new ArrayList<>()).add(number));
        }
        return result;
    }

    /** Removes every measure of the year (a whole fiscal year import replaces them). */
    @Transactional
    public void deleteYear(int fiscalYear) {
        measures.deleteAll(measures.findByFiscalYearOrderByNumberAsc(fiscalYear));
        measures.flush();
    }

    /** For every fiscal year with measures, how many there are of each status (every status, zeros too). */
    @Transactional(readOnly = true)
    public Map<Integer, Map<MeasureStatus, Long>> countsByYearAndStatus() {
        Map<Integer, Map<MeasureStatus, Long>> result = new TreeMap<>();
        for (Object[] row : measures.countsByYearAndStatus()) {
            result.computeIfAbsent((Integer) row[0], year -> {
                        Map<MeasureStatus, Long> zeros = new EnumMap<>(MeasureStatus.class);
                        for (MeasureStatus status : MeasureStatus.values()) {
                            zeros.put(status, 0L);
                        }
                        return zeros;
                    })
                    .put((MeasureStatus) row[1], (Long) row[2]);
        }
        return result;
    }

    @Transactional(readOnly = true)
    public boolean hasMeasures(int fiscalYear) {
        return measures.existsByFiscalYear(fiscalYear);
    }

    /**
     * The rules beyond field shapes, all reported at once: theme and departments of this tenant and year,
     * indicator codes of that year's framework, a period in or around the fiscal year, http(s) evidence links,
     * and no control characters in text.
     */
    public List<Map<String, String>> errors(int fiscalYear, MeasureRequest request, String prefix) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (request.themeId() != null && !themes.exists(fiscalYear, request.themeId())) {
            errors.add(Problems.fieldError(prefix + "themeId", "is not a theme of fiscal year " + fiscalYear));
        }
        List<Long> missing = departments.missing(request.departmentIdsOrEmpty());
        if (!missing.isEmpty()) {
            errors.add(Problems.fieldError(prefix + "departmentIds", "unknown department ids " + missing));
        }
        List<String> codes = request.indicatorCodesOrEmpty();
        if (!codes.isEmpty()) {
            Optional<Framework> framework = frameworks.find(fiscalYear);
            if (framework.isEmpty()) {
                errors.add(Problems.fieldError(
                        prefix + "indicatorCodes",
                        "fiscal year " + fiscalYear + " has no ITA framework yet, so no indicator can be linked"));
            } else {
                for (int i = 0; i < codes.size(); i++) {
                    if (!framework.get().knowsCode(codes.get(i))) {
                        errors.add(Problems.fieldError(
                                prefix + "indicatorCodes[" + i + "]",
                                "is not an indicator of the " + fiscalYear + " framework"));
                    }
                }
            }
        }
        checkPeriod(fiscalYear, request.startMonth(), request.endMonth(), prefix, errors);
        List<EvidenceLink> links = request.evidenceLinksOrEmpty();
        for (int i = 0; i < links.size(); i++) {
            if (!isWebAddress(links.get(i).url())) {
                errors.add(Problems.fieldError(
                        prefix + "evidenceLinks[" + i + "].url", "must be an absolute http or https address"));
            }
        }
        texts(request).forEach((field, text) -> {
            if (hasControlCharacters(text)) {
                errors.add(Problems.fieldError(prefix + field, CONTROL_CHARACTERS));
            }
        });
        return errors;
    }

    private void check(int fiscalYear, MeasureRequest request) {
        List<Map<String, String>> errors = errors(fiscalYear, request, "");
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private static void checkPeriod(
            int fiscalYear, YearMonth start, YearMonth end, String prefix, List<Map<String, String>> errors) {
        if ((start == null) != (end == null)) {
            errors.add(Problems.fieldError(
                    prefix + (start == null ? "startMonth" : "endMonth"),
                    "must be given together with " + (start == null ? "endMonth" : "startMonth")));
            return;
        }
        if (start == null) {
            return;
        }
        YearMonth first = FiscalYears.firstMonth(fiscalYear);
        YearMonth last = FiscalYears.lastMonth(fiscalYear);
        if (end.isBefore(start)) {
            errors.add(Problems.fieldError(prefix + "endMonth", "must not be before startMonth"));
        } else if (end.isBefore(first) || start.isAfter(last)) {
            errors.add(Problems.fieldError(
                    prefix + "startMonth",
                    "the period must overlap fiscal year " + fiscalYear + " (" + first + " to " + last + ")"));
        }
        if (start.isBefore(first.minusMonths(PERIOD_SLACK_MONTHS))) {
            errors.add(Problems.fieldError(
                    prefix + "startMonth",
                    "must not be before " + first.minusMonths(PERIOD_SLACK_MONTHS) + ", six months before fiscal year "
                            + fiscalYear));
        }
        if (end.isAfter(last.plusMonths(PERIOD_SLACK_MONTHS))) {
            errors.add(Problems.fieldError(
                    prefix + "endMonth",
                    "must not be after " + last.plusMonths(PERIOD_SLACK_MONTHS) + ", six months after fiscal year "
                            + fiscalYear));
        }
    }

    private static Map<String, String> texts(MeasureRequest r) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", r.title());
        List<String> steps = r.methodStepsOrEmpty();
        for (int i = 0; i < steps.size(); i++) {
            texts.put("methodSteps[" + i + "]", steps.get(i));
        }
        texts.put("monitoring", r.monitoring());
        List<ProgressNote> notes = r.progressNotesOrEmpty();
        for (int i = 0; i < notes.size(); i++) {
            texts.put("progressNotes[" + i + "].note", notes.get(i).note());
        }
        texts.put("outputSummary", r.outputSummary());
        texts.put("outcome", r.outcome());
        texts.put("recommendation", r.recommendation());
        List<EvidenceLink> links = r.evidenceLinksOrEmpty();
        for (int i = 0; i < links.size(); i++) {
            texts.put("evidenceLinks[" + i + "].label", links.get(i).label());
        }
        return texts;
    }

    static final String CONTROL_CHARACTERS = InputText.MESSAGE;

    /** The platform's one text rule (libs/tenancy): PostgreSQL cannot store NUL nor keep a lone surrogate. */
    static boolean hasControlCharacters(String text) {
        return text != null && !InputText.acceptable(text);
    }

    /** A single text field's control-character rule, for controllers with simple bodies. */
    public static void checkText(String field, String text) {
        if (hasControlCharacters(text)) {
            throw ApiProblem.invalid(field, CONTROL_CHARACTERS);
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private Measure find(int fiscalYear, long id) {
        return measures.findByIdAndFiscalYear(id, fiscalYear)
                .orElseThrow(() -> ApiProblem.notFound("มาตรการที่ระบุในปีงบประมาณ " + fiscalYear));
    }

    private MeasureView view(Measure m) {
        return MeasureView.of(m, attachments.describe(List.of(m.getId())));
    }

    private List<MeasureView> views(List<Measure> list) {
        Map<Long, List<AttachmentView>> files =
                attachments.describe(list.stream().map(Measure::getId).toList()).stream()
                        .collect(Collectors.groupingBy(AttachmentView::measureId));
        return list.stream()
                .map(m -> MeasureView.of(m, files.getOrDefault(m.getId(), List.of())))
                .toList();
    }

    private static ApiProblem duplicateNumber(int number) {
        return new ApiProblem(
                HttpStatus.CONFLICT,
                "duplicate-measure-number",
                "Duplicate measure number",
                "มีมาตรการลำดับที่ " + number + " ในปีงบประมาณนี้อยู่แล้ว");
    }

    static ApiProblem stale() {
        return new ApiProblem(
                HttpStatus.CONFLICT,
                "stale-version",
                "Stale version",
                "ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดข้อมูลล่าสุดก่อนแก้ไข");
    }
}
