package th.prongsai.report.scores;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.Level;
import th.prongsai.ita.scoring.Analysis;
import th.prongsai.ita.scoring.IndicatorResult;
import th.prongsai.ita.scoring.ScoreCard;
import th.prongsai.ita.scoring.ScoreValidator;
import th.prongsai.ita.scoring.Scoring;
import th.prongsai.ita.scoring.ToolResult;
import th.prongsai.ita.scoring.Trend;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.platform.web.Problems;
import th.prongsai.report.audit.AuditLog;
import th.prongsai.report.feed.AnalyticsFeed;
import th.prongsai.report.framework.FrameworkCatalog;

/**
 * ITA scores of the tenant in {@code TenantContext}. Only indicator scores (and the figures the NACC published) are
 * stored; tool means, the overall, levels, pass/fail, changes and trend words are computed by libs/ita-framework on
 * every read, so they can never disagree with the scores.
 */
@Service
public class ScoreService {

    /** A difference above this between a published figure and the computed one is reported. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    public record IndicatorView(
            String code,
            String nameTh,
            String nameEn,
            String tool,
            BigDecimal score,
            boolean passed,
            BigDecimal previousScore,
            BigDecimal change,
            Trend trend,
            String trendTh) {
        static IndicatorView of(IndicatorResult r) {
            return new IndicatorView(
                    r.code(),
                    r.nameTh(),
                    r.nameEn(),
                    r.toolCode(),
                    r.score(),
                    r.passed(),
                    r.previousScore(),
                    r.change(),
                    r.trend(),
                    r.trend() == null ? null : r.trend().labelTh());
        }
    }

    public record ToolView(
            String code, String nameTh, String nameEn, BigDecimal weight, BigDecimal mean, boolean passed) {
        static ToolView of(ToolResult t) {
            return new ToolView(t.code(), t.nameTh(), t.nameEn(), t.weight(), t.mean(), t.passed());
        }
    }

    public record LevelView(String code, String labelTh, String labelEn, boolean passed) {
        static LevelView of(Level l) {
            return l == null ? null : new LevelView(l.code(), l.labelTh(), l.labelEn(), l.passed());
        }
    }

    /** A published figure that differs from the computed one (a typing or rounding error worth a look). */
    public record Mismatch(String field, String published, String computed, BigDecimal difference) {}

    public record ScoreView(
            int fiscalYear,
            BigDecimal passMark,
            List<IndicatorView> indicators,
            List<ToolView> tools,
            BigDecimal overall,
            BigDecimal publishedOverall,
            LevelView level,
            LevelView publishedLevel,
            boolean passed,
            Integer previousFiscalYear,
            List<Mismatch> mismatches,
            long version,
            Instant updatedAt) {}

    private final ScoreSheetRepository sheets;
    private final FrameworkCatalog frameworks;
    private final AuditLog audit;
    private final AnalyticsFeed feed;
    private final Clock clock;

    public ScoreService(
            ScoreSheetRepository sheets, FrameworkCatalog frameworks, AuditLog audit, AnalyticsFeed feed, Clock clock) {
        this.sheets = sheets;
        this.frameworks = frameworks;
        this.audit = audit;
        this.feed = feed;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ScoreView get(int fiscalYear) {
        Framework framework = frameworks.require(fiscalYear);
        ScoreSheet sheet = sheets.findByFiscalYear(fiscalYear).orElseThrow(() -> missing(fiscalYear));
        return view(framework, sheet);
    }

    /** The year's scores as shown, when the year has a framework and scores. */
    @Transactional(readOnly = true)
    public Optional<ScoreView> find(int fiscalYear) {
        return frameworks
                .find(fiscalYear)
                .flatMap(framework -> sheets.findByFiscalYear(fiscalYear).map(sheet -> view(framework, sheet)));
    }

    /** Year N's analysis when year N−1 has a framework and scores. */
    @Transactional(readOnly = true)
    public Optional<Analysis> findAnalysis(int fiscalYear) {
        int basedOn = fiscalYear - 1;
        return frameworks
                .find(basedOn)
                .flatMap(framework -> sheets.findByFiscalYear(basedOn)
                        .map(last -> Scoring.analyse(
                                framework,
                                last.getIndicators(),
                                sheets.findByFiscalYear(basedOn - 1)
                                        .map(ScoreSheet::getIndicators)
                                        .orElse(null))));
    }

    /** Creates or replaces the year's scores; replacing needs the version last read. */
    @Transactional
    public ScoreView put(int fiscalYear, ScoresRequest request) {
        Framework framework = frameworks.require(fiscalYear);
        String level = check(framework, request);
        Optional<ScoreSheet> existing = sheets.findByFiscalYear(fiscalYear);
        if (existing.isPresent()
                && (request.version() == null
                        || request.version() != existing.get().getVersion())) {
            throw new ApiProblem(
                    HttpStatus.CONFLICT,
                    "stale-version",
                    "Stale version",
                    "มีผลคะแนนของปีงบประมาณนี้อยู่แล้ว กรุณาส่ง version ล่าสุดที่อ่านมาเพื่อแก้ไข");
        }
        ScoreView before = existing.map(s -> view(framework, s)).orElse(null);
        ScoreSheet sheet = existing.orElseGet(() -> new ScoreSheet(fiscalYear, Instant.now(clock)));
        sheet.replace(request.indicators(), request.publishedOverall(), level, Instant.now(clock));
        ScoreView after = view(framework, sheets.saveAndFlush(sheet));
        audit.record(before == null ? "CREATE" : "UPDATE", "scores", sheet.getId(), fiscalYear, before, after);
        published(sheet);
        return after;
    }

    @Transactional
    public void delete(int fiscalYear) {
        ScoreSheet sheet = sheets.findByFiscalYear(fiscalYear).orElseThrow(() -> missing(fiscalYear));
        audit.record("DELETE", "scores", sheet.getId(), fiscalYear, view(frameworks.require(fiscalYear), sheet), null);
        sheets.delete(sheet);
        feed.scoresChanged(fiscalYear, null, null, null, sheet.getVersion() + 1);
    }

    /** Every fiscal year that has scores (one query). */
    @Transactional(readOnly = true)
    public Set<Integer> fiscalYears() {
        return new TreeSet<>(sheets.fiscalYears());
    }

    /** The stored scores as a request would carry them (for export), if any. */
    @Transactional(readOnly = true)
    public Optional<ScoresRequest> stored(int fiscalYear) {
        return sheets.findByFiscalYear(fiscalYear)
                .map(s -> new ScoresRequest(
                        s.getIndicators(), s.getPublishedOverall(), s.getPublishedLevel(), s.getVersion()));
    }

    /** Replaces the year's scores whatever their version (a whole fiscal year import); null removes them. */
    @Transactional
    public void replace(int fiscalYear, ScoresRequest request) {
        Optional<ScoreSheet> existing = sheets.findByFiscalYear(fiscalYear);
        if (request == null) {
            existing.ifPresent(sheet -> {
                sheets.delete(sheet);
                feed.scoresChanged(fiscalYear, null, null, null, sheet.getVersion() + 1);
            });
            sheets.flush();
            return;
        }
        Framework framework = frameworks.require(fiscalYear);
        String level = check(framework, request);
        ScoreSheet sheet = existing.orElseGet(() -> new ScoreSheet(fiscalYear, Instant.now(clock)));
        sheet.replace(request.indicators(), request.publishedOverall(), level, Instant.now(clock));
        published(sheets.saveAndFlush(sheet));
    }

    /** Every stored score sheet as an event again (a replay for analytics); the tenant is the current one. */
    @Transactional
    public int republish() {
        List<ScoreSheet> all = sheets.findAll();
        all.forEach(this::published);
        return all.size();
    }

    private void published(ScoreSheet sheet) {
        feed.scoresChanged(
                sheet.getFiscalYear(),
                sheet.getIndicators(),
                sheet.getPublishedOverall(),
                sheet.getPublishedLevel(),
                sheet.getVersion());
    }

    /** Field errors of a scores request against the year's framework, with the field prefix given. */
    public static List<Map<String, String>> errors(Framework framework, ScoresRequest request, String prefix) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (request.indicators() == null) {
            errors.add(Problems.fieldError(prefix + "indicators", "must not be null"));
        } else {
            ScoreValidator.validate(framework, request.indicators())
                    .forEach(v -> errors.add(Problems.fieldError(prefix + v.field(), v.message())));
        }
        BigDecimal published = request.publishedOverall();
        if (published != null
                && (published.signum() < 0
                        || published.compareTo(BigDecimal.valueOf(100)) > 0
                        || published.stripTrailingZeros().scale() > 2)) {
            errors.add(Problems.fieldError(
                    prefix + "publishedOverall", "must be between 0 and 100 with at most 2 decimals"));
        }
        if (request.publishedLevel() != null
                && level(framework, request.publishedLevel()).isEmpty()) {
            errors.add(Problems.fieldError(
                    prefix + "publishedLevel",
                    "must be one of the levels of "
                            + framework.fiscalYear() + ": "
                            + framework.levelScheme().levels().stream()
                                    .map(Level::labelTh)
                                    .toList()));
        }
        return errors;
    }

    private static String check(Framework framework, ScoresRequest request) {
        List<Map<String, String>> errors = errors(framework, request, "");
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return request.publishedLevel() == null
                ? null
                : level(framework, request.publishedLevel()).orElseThrow().code();
    }

    /** A level named by its code (GOOD) or its Thai label (ผ่านดี). */
    private static Optional<Level> level(Framework framework, String name) {
        String wanted = name.strip();
        return framework.levelScheme().levels().stream()
                .filter(l -> l.code().equalsIgnoreCase(wanted) || l.labelTh().equals(wanted))
                .findFirst();
    }

    private ScoreView view(Framework framework, ScoreSheet sheet) {
        int fiscalYear = sheet.getFiscalYear();
        Optional<ScoreSheet> previous = sheets.findByFiscalYear(fiscalYear - 1);
        ScoreCard card = Scoring.score(
                framework,
                sheet.getIndicators(),
                previous.map(ScoreSheet::getIndicators).orElse(null));
        Level published = sheet.getPublishedLevel() == null
                ? null
                : level(framework, sheet.getPublishedLevel()).orElse(null);
        List<Mismatch> mismatches = new ArrayList<>();
        if (sheet.getPublishedOverall() != null) {
            BigDecimal difference =
                    sheet.getPublishedOverall().subtract(card.overall()).abs();
            if (difference.compareTo(TOLERANCE) > 0) {
                mismatches.add(new Mismatch(
                        "overall",
                        sheet.getPublishedOverall().toPlainString(),
                        card.overall().toPlainString(),
                        difference));
            }
        }
        if (published != null && !published.code().equals(card.level().code())) {
            mismatches.add(
                    new Mismatch("level", published.labelTh(), card.level().labelTh(), null));
        }
        return new ScoreView(
                fiscalYear,
                framework.passMark(),
                card.indicators().stream().map(IndicatorView::of).toList(),
                card.tools().stream().map(ToolView::of).toList(),
                card.overall(),
                sheet.getPublishedOverall(),
                LevelView.of(card.level()),
                LevelView.of(published),
                card.passed(),
                previous.map(ScoreSheet::getFiscalYear).orElse(null),
                mismatches,
                sheet.getVersion(),
                sheet.getUpdatedAt());
    }

    /** Year N's analysis: the indicators of N−1 that failed or dropped, as the focus of N's measures. */
    @Transactional(readOnly = true)
    public Analysis analyse(int fiscalYear) {
        frameworks.require(fiscalYear - 1);
        return findAnalysis(fiscalYear).orElseThrow(() -> missing(fiscalYear - 1));
    }

    BigDecimal passMark(int fiscalYear) {
        return frameworks.require(fiscalYear).passMark();
    }

    private static ApiProblem missing(int fiscalYear) {
        return ApiProblem.notFound("ผลคะแนน ITA ของปีงบประมาณ " + fiscalYear);
    }
}
