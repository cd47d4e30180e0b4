package th.prongsai.report.exchange;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.ita.framework.Framework;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.platform.web.InputText;
import th.prongsai.platform.web.Problems;
import th.prongsai.report.audit.AuditLog;
import th.prongsai.report.department.DepartmentService;
import th.prongsai.report.exchange.FiscalYearDocument.AttachmentEntry;
import th.prongsai.report.exchange.FiscalYearDocument.MeasureEntry;
import th.prongsai.report.exchange.FiscalYearDocument.ScoresEntry;
import th.prongsai.report.exchange.FiscalYearDocument.ThemeEntry;
import th.prongsai.report.framework.FrameworkCatalog;
import th.prongsai.report.measure.AttachmentService;
import th.prongsai.report.measure.AttachmentService.AttachmentView;
import th.prongsai.report.measure.MeasureRequest;
import th.prongsai.report.measure.MeasureService;
import th.prongsai.report.measure.MeasureService.MeasureView;
import th.prongsai.report.measure.MeasureStatus;
import th.prongsai.report.measure.ThemeService;
import th.prongsai.report.measure.ThemeService.ThemeView;
import th.prongsai.report.scores.ScoreService;
import th.prongsai.report.scores.ScoresRequest;

/**
 * Whole-fiscal-year operations: export to a {@link FiscalYearDocument}, import one (replacing the year's themes,
 * measures and scores in one transaction, all or nothing), and copying last year's measures into a new year.
 */
@Service
class FiscalYearExchange {

    /** What an import or a copy did. */
    public record Summary(
            int fiscalYear,
            int themes,
            int measures,
            int attachments,
            boolean scores,
            Map<Integer, List<String>> droppedIndicatorCodes) {}

    private final MeasureService measures;
    private final ThemeService themes;
    private final DepartmentService departments;
    private final AttachmentService attachments;
    private final ScoreService scores;
    private final FrameworkCatalog frameworks;
    private final AuditLog audit;
    private final Validator validator;

    public FiscalYearExchange(
            MeasureService measures,
            ThemeService themes,
            DepartmentService departments,
            AttachmentService attachments,
            ScoreService scores,
            FrameworkCatalog frameworks,
            AuditLog audit,
            Validator validator) {
        this.measures = measures;
        this.themes = themes;
        this.departments = departments;
        this.attachments = attachments;
        this.scores = scores;
        this.frameworks = frameworks;
        this.audit = audit;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public FiscalYearDocument export(int fiscalYear) {
        Map<Long, String> names = departments.names();
        List<ThemeView> themeViews = themes.list(fiscalYear);
        Map<Long, Integer> themeNumbers = new HashMap<>();
        themeViews.forEach(t -> themeNumbers.put(t.id(), t.number()));
        Set<String> used = new LinkedHashSet<>();
        List<MeasureEntry> entries = new ArrayList<>();
        for (MeasureView m : measures.all(fiscalYear)) {
            List<String> departmentNames =
                    m.departmentIds().stream().map(names::get).sorted().toList();
            used.addAll(departmentNames);
            List<AttachmentEntry> files =
                    m.attachments().stream().map(a -> file(fiscalYear, a)).toList();
            entries.add(new MeasureEntry(
                    m.number(),
                    m.title(),
                    m.themeId() == null ? null : themeNumbers.get(m.themeId()),
                    m.indicatorCodes(),
                    m.methodSteps(),
                    departmentNames,
                    m.startMonth(),
                    m.endMonth(),
                    m.monitoring(),
                    m.status(),
                    m.progressNotes(),
                    m.outputSummary(),
                    m.outcome(),
                    m.recommendation(),
                    m.evidenceLinks(),
                    files));
        }
        ScoresEntry scoreEntry = scores.stored(fiscalYear)
                .map(s -> new ScoresEntry(
                        new TreeMap<>(s.indicators()),
                        s.publishedOverall(),
                        publishedLevelLabel(fiscalYear, s.publishedLevel())))
                .orElse(null);
        return new FiscalYearDocument(
                FiscalYearDocument.FORMAT,
                fiscalYear,
                used.stream().sorted().toList(),
                themeViews.stream()
                        .map(t -> new ThemeEntry(t.number(), t.title()))
                        .toList(),
                entries,
                scoreEntry);
    }

    /** Replaces the year with the document's contents; on any error nothing is changed. */
    @Transactional
    public Summary importYear(int fiscalYear, FiscalYearDocument document) {
        Map<String, Object> before = counts(fiscalYear);
        List<Map<String, String>> errors = shapeErrors(fiscalYear, document);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        measures.deleteYear(fiscalYear);
        themes.deleteYear(fiscalYear);
        Map<Integer, Long> themeIds = new HashMap<>();
        for (ThemeEntry theme : orEmpty(document.themes())) {
            themeIds.put(
                    theme.number(),
                    themes.insert(fiscalYear, theme.number(), theme.title()).id());
        }
        Map<String, Long> departmentIds = new HashMap<>();
        for (String name : orEmpty(document.departments())) {
            departmentIds.put(name.strip(), departments.idOf(name));
        }
        List<MeasureRequest> requests = new ArrayList<>();
        List<MeasureEntry> entries = orEmpty(document.measures());
        for (int i = 0; i < entries.size(); i++) {
            MeasureEntry entry = entries.get(i);
            List<Long> ids = orEmpty(entry.departments()).stream()
                    .map(name -> departmentIds.computeIfAbsent(name.strip(), departments::idOf))
                    .toList();
            MeasureRequest request = request(entry, entry.theme() == null ? null : themeIds.get(entry.theme()), ids);
            errors.addAll(measures.errors(fiscalYear, request, "measures[" + i + "]."));
            requests.add(request);
        }
        ScoresEntry scoreEntry = document.scores();
        ScoresRequest scoreRequest = scoreEntry == null
                ? null
                : new ScoresRequest(
                        scoreEntry.indicators(), scoreEntry.publishedOverall(), scoreEntry.publishedLevel(), null);
        if (scoreRequest != null) {
            Optional<Framework> framework = frameworks.find(fiscalYear);
            if (framework.isEmpty()) {
                errors.add(Problems.fieldError("scores", "fiscal year " + fiscalYear + " has no ITA framework"));
            } else {
                errors.addAll(ScoreService.errors(framework.get(), scoreRequest, "scores."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        int files = 0;
        for (int i = 0; i < requests.size(); i++) {
            MeasureView created = measures.insert(fiscalYear, requests.get(i));
            for (AttachmentEntry file : orEmpty(entries.get(i).attachments())) {
                attachments.insert(
                        created.id(), file.fileName(), Base64.getDecoder().decode(file.contentBase64()));
                files++;
            }
        }
        scores.replace(fiscalYear, scoreRequest);
        measures.coverageChanged(fiscalYear);
        Summary summary =
                new Summary(fiscalYear, themeIds.size(), requests.size(), files, scoreRequest != null, Map.of());
        audit.record("IMPORT", "fiscal-year", null, fiscalYear, before, counts(fiscalYear));
        return summary;
    }

    /**
     * Starts year {@code fiscalYear} from the measures of {@code from}: themes, titles, indicators (those the new
     * year's framework knows), steps, departments, monitoring, and the period moved by the years between. Results,
     * notes, evidence and files stay with the old year; every copy is PLANNED.
     */
    @Transactional
    public Summary copy(int fiscalYear, int from) {
        if (from == fiscalYear) {
            throw ApiProblem.invalid("fromFiscalYear", "must differ from the fiscal year copied into");
        }
        if (measures.hasMeasures(fiscalYear) || !themes.list(fiscalYear).isEmpty()) {
            throw ApiProblem.conflict(
                    "fiscal-year-not-empty",
                    "Fiscal year not empty",
                    "ปีงบประมาณ " + fiscalYear + " มีมาตรการหรือประเด็นอยู่แล้ว คัดลอกได้เฉพาะปีที่ยังว่าง");
        }
        List<MeasureView> source = measures.all(from);
        if (source.isEmpty()) {
            throw ApiProblem.notFound("มาตรการของปีงบประมาณ " + from + " ที่จะคัดลอก");
        }
        Optional<Framework> framework = frameworks.find(fiscalYear);
        Map<Long, Long> themeIds = new HashMap<>();
        for (ThemeView theme : themes.list(from)) {
            themeIds.put(
                    theme.id(),
                    themes.insert(fiscalYear, theme.number(), theme.title()).id());
        }
        int years = fiscalYear - from;
        Map<Integer, List<String>> dropped = new LinkedHashMap<>();
        for (MeasureView m : source) {
            List<String> kept = m.indicatorCodes().stream()
                    .filter(code -> framework.map(f -> f.knowsCode(code)).orElse(false))
                    .toList();
            if (kept.size() < m.indicatorCodes().size()) {
                List<String> lost = new ArrayList<>(m.indicatorCodes());
                lost.removeAll(kept);
                dropped.put(m.number(), lost);
            }
            measures.insert(
                    fiscalYear,
                    new MeasureRequest(
                            m.number(),
                            m.title(),
                            m.themeId() == null ? null : themeIds.get(m.themeId()),
                            kept,
                            m.methodSteps(),
                            m.departmentIds(),
                            shift(m.startMonth(), years),
                            shift(m.endMonth(), years),
                            m.monitoring(),
                            MeasureStatus.PLANNED,
                            List.of(),
                            null,
                            null,
                            null,
                            List.of(),
                            null));
        }
        measures.coverageChanged(fiscalYear);
        Summary summary = new Summary(fiscalYear, themeIds.size(), source.size(), 0, false, dropped);
        audit.record(
                "COPY",
                "fiscal-year",
                null,
                fiscalYear,
                null,
                Map.of(
                        "fromFiscalYear",
                        from,
                        "themes",
                        summary.themes(),
                        "measures",
                        summary.measures(),
                        "droppedIndicatorCodes",
                        dropped));
        return summary;
    }

    private List<Map<String, String>> shapeErrors(int fiscalYear, FiscalYearDocument document) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (!FiscalYearDocument.FORMAT.equals(document.format())) {
            errors.add(Problems.fieldError("format", "must be " + FiscalYearDocument.FORMAT));
        }
        if (document.fiscalYear() == null || document.fiscalYear() != fiscalYear) {
            errors.add(Problems.fieldError("fiscalYear", "must be " + fiscalYear + ", the year in the path"));
        }
        List<String> names = orEmpty(document.departments());
        for (int i = 0; i < names.size(); i++) {
            checkName("departments[" + i + "]", names.get(i), 200, errors);
        }
        Set<Integer> themeNumbers = new HashSet<>();
        List<ThemeEntry> themeEntries = orEmpty(document.themes());
        for (int i = 0; i < themeEntries.size(); i++) {
            ThemeEntry theme = themeEntries.get(i);
            if (theme == null || theme.number() == null || theme.number() < 1 || theme.number() > 999) {
                errors.add(Problems.fieldError("themes[" + i + "].number", "must be between 1 and 999"));
            } else if (!themeNumbers.add(theme.number())) {
                errors.add(Problems.fieldError("themes[" + i + "].number", "is used by another theme"));
            }
            checkName("themes[" + i + "].title", theme == null ? null : theme.title(), 500, errors);
        }
        List<MeasureEntry> entries = orEmpty(document.measures());
        if (entries.size() > 2000) {
            errors.add(Problems.fieldError("measures", "must hold at most 2000 measures"));
            return errors;
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String prefix = "measures[" + i + "].";
            MeasureEntry entry = entries.get(i);
            if (entry == null) {
                errors.add(Problems.fieldError("measures[" + i + "]", "must not be null"));
                continue;
            }
            for (ConstraintViolation<MeasureRequest> v :
                    validator.validate(request(entry, null, List.of()), Default.class, MeasureRequest.Complete.class)) {
                errors.add(Problems.fieldError(prefix + path(v), v.getMessage()));
            }
            if (entry.number() != null && !numbers.add(entry.number())) {
                errors.add(Problems.fieldError(prefix + "number", "is used by another measure"));
            }
            if (entry.theme() != null && !themeNumbers.contains(entry.theme())) {
                errors.add(Problems.fieldError(prefix + "theme", "is not one of the document's theme numbers"));
            }
            List<String> departmentNames = orEmpty(entry.departments());
            if (departmentNames.size() > 50) {
                errors.add(Problems.fieldError(prefix + "departments", "must name at most 50 departments"));
            }
            for (int d = 0; d < departmentNames.size(); d++) {
                checkName(prefix + "departments[" + d + "]", departmentNames.get(d), 200, errors);
            }
            List<AttachmentEntry> files = orEmpty(entry.attachments());
            if (files.size() > AttachmentService.MAX_PER_MEASURE) {
                errors.add(Problems.fieldError(
                        prefix + "attachments", "must hold at most " + AttachmentService.MAX_PER_MEASURE + " files"));
            }
            for (int f = 0; f < files.size(); f++) {
                fileErrors(prefix + "attachments[" + f + "]", files.get(f)).ifPresent(errors::add);
            }
        }
        return errors;
    }

    private static Optional<Map<String, String>> fileErrors(String field, AttachmentEntry file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank() || file.contentBase64() == null) {
            return Optional.of(Problems.fieldError(field, "needs fileName and contentBase64"));
        }
        if (file.fileName().length() > AttachmentService.MAX_NAME) {
            return Optional.of(Problems.fieldError(
                    field + ".fileName", "size must be at most " + AttachmentService.MAX_NAME + " characters"));
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(file.contentBase64());
        } catch (IllegalArgumentException e) {
            return Optional.of(Problems.fieldError(field + ".contentBase64", "is not valid base64"));
        }
        Optional<String> problem = AttachmentService.problem(bytes);
        if (problem.isPresent()) {
            return Optional.of(Problems.fieldError(field + ".contentBase64", problem.get()));
        }
        if (file.sha256() != null && !file.sha256().equalsIgnoreCase(AttachmentService.sha256(bytes))) {
            return Optional.of(Problems.fieldError(field + ".sha256", "does not match the content"));
        }
        return Optional.empty();
    }

    private static void checkName(String field, String name, int max, List<Map<String, String>> errors) {
        if (name == null || name.isBlank()) {
            errors.add(Problems.fieldError(field, "must not be blank"));
        } else if (name.strip().length() > max) {
            errors.add(Problems.fieldError(field, "size must be between 1 and " + max));
        } else if (!InputText.singleLine(name)) {
            errors.add(Problems.fieldError(field, InputText.SINGLE_LINE_MESSAGE));
        }
    }

    /** "methodSteps[2].<list element>" → "methodSteps[2]". */
    private static String path(ConstraintViolation<?> v) {
        return v.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
    }

    private static MeasureRequest request(MeasureEntry e, Long themeId, List<Long> departmentIds) {
        return new MeasureRequest(
                e.number(),
                e.title(),
                themeId,
                e.indicatorCodes(),
                e.methodSteps(),
                departmentIds,
                e.startMonth(),
                e.endMonth(),
                e.monitoring(),
                e.status(),
                e.progressNotes(),
                e.outputSummary(),
                e.outcome(),
                e.recommendation(),
                e.evidenceLinks(),
                null);
    }

    private AttachmentEntry file(int fiscalYear, AttachmentView a) {
        AttachmentService.Content content = attachments.content(fiscalYear, a.measureId(), a.id());
        return new AttachmentEntry(
                content.fileName(),
                content.mediaType(),
                content.sha256(),
                Base64.getEncoder().encodeToString(content.bytes()));
    }

    private String publishedLevelLabel(int fiscalYear, String levelCode) {
        if (levelCode == null) {
            return null;
        }
        return frameworks
                .find(fiscalYear)
                .flatMap(f -> f.levelScheme().levels().stream()
                        .filter(l -> l.code().equals(levelCode))
                        .findFirst())
                .map(l -> l.labelTh())
                .orElse(levelCode);
    }

    private Map<String, Object> counts(int fiscalYear) {
        return Map.of(
                "themes",
                themes.list(fiscalYear).size(),
                "measures",
                measures.all(fiscalYear).size(),
                "scores",
                scores.stored(fiscalYear).isPresent());
    }

    private static YearMonth shift(YearMonth month, int years) {
        return month == null ? null : month.plusYears(years);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
