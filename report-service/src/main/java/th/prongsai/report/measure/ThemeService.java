package th.prongsai.report.measure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.audit.AuditLog;

/** Themes (ประเด็น) of the tenant in {@code TenantContext}. */
@Service
public class ThemeService {

    public record ThemeView(long id, int fiscalYear, int number, String title, long version) {
        static ThemeView of(Theme t) {
            return new ThemeView(t.getId(), t.getFiscalYear(), t.getNumber(), t.getTitle(), t.getVersion());
        }
    }

    private final ThemeRepository themes;
    private final MeasureRepository measures;
    private final AuditLog audit;
    private final Clock clock;

    public ThemeService(ThemeRepository themes, MeasureRepository measures, AuditLog audit, Clock clock) {
        this.themes = themes;
        this.measures = measures;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ThemeView> list(int fiscalYear) {
        return themes.findByFiscalYearOrderByNumberAsc(fiscalYear).stream()
                .map(ThemeView::of)
                .toList();
    }

    /** Every fiscal year that has themes (one query). */
    @Transactional(readOnly = true)
    public Set<Integer> fiscalYears() {
        return new TreeSet<>(themes.fiscalYears());
    }

    @Transactional
    public ThemeView create(int fiscalYear, int number, String title) {
        ThemeView created = insert(fiscalYear, number, title);
        audit.record("CREATE", "theme", created.id(), fiscalYear, null, created);
        return created;
    }

    /** Adds a theme without an audit entry of its own (the caller records one for the whole operation). */
    @Transactional
    public ThemeView insert(int fiscalYear, int number, String title) {
        if (themes.existsByFiscalYearAndNumberAndIdNot(fiscalYear, number, -1)) {
            throw duplicate(number);
        }
        Theme theme = new Theme(fiscalYear, Instant.now(clock));
        theme.apply(number, title, Instant.now(clock));
        return ThemeView.of(themes.saveAndFlush(theme));
    }

    @Transactional
    public ThemeView update(int fiscalYear, long id, int number, String title, long version) {
        Theme theme = find(fiscalYear, id);
        if (theme.getVersion() != version) {
            throw MeasureService.stale();
        }
        if (themes.existsByFiscalYearAndNumberAndIdNot(fiscalYear, number, id)) {
            throw duplicate(number);
        }
        ThemeView before = ThemeView.of(theme);
        theme.apply(number, title, Instant.now(clock));
        ThemeView after = ThemeView.of(themes.saveAndFlush(theme));
        audit.record("UPDATE", "theme", id, fiscalYear, before, after);
        return after;
    }

    @Transactional
    public void delete(int fiscalYear, long id) {
        Theme theme = find(fiscalYear, id);
        if (measures.existsByThemeId(id)) {
            throw ApiProblem.conflict(
                    "theme-in-use", "Theme in use", "ยังมีมาตรการในประเด็นนี้ กรุณาย้ายหรือลบมาตรการก่อนลบประเด็น");
        }
        audit.record("DELETE", "theme", id, fiscalYear, ThemeView.of(theme), null);
        themes.delete(theme);
    }

    /** Removes every theme of the year; its measures must be gone already (a whole fiscal year import). */
    @Transactional
    public void deleteYear(int fiscalYear) {
        themes.deleteAllInBatch(themes.findByFiscalYearOrderByNumberAsc(fiscalYear));
    }

    boolean exists(int fiscalYear, long id) {
        return themes.findByIdAndFiscalYear(id, fiscalYear).isPresent();
    }

    private Theme find(int fiscalYear, long id) {
        return themes.findByIdAndFiscalYear(id, fiscalYear)
                .orElseThrow(() -> ApiProblem.notFound("ประเด็นที่ระบุในปีงบประมาณ " + fiscalYear));
    }

    private static ApiProblem duplicate(int number) {
        return ApiProblem.conflict(
                "duplicate-theme-number",
                "Duplicate theme number",
                "มีประเด็นที่ " + number + " ในปีงบประมาณนี้อยู่แล้ว");
    }
}
