package th.prongsai.report.year;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.report.measure.MeasureService;
import th.prongsai.report.measure.MeasureStatus;
import th.prongsai.report.measure.ThemeService;
import th.prongsai.report.publication.Publication;
import th.prongsai.report.publication.Publication.StatusView;
import th.prongsai.report.scores.ScoreService;

/**
 * The fiscal years the tenant in {@code TenantContext} has any data for, newest first: for a year picker, a default
 * year and the approvers' inbox. A fixed number of queries in one transaction, however many years.
 */
@Service
class FiscalYearOverview {

    /**
     * One year: how many measures (and of each status, every status listed), whether it has scores, and its report
     * as {@code report/status} shows it (null when nothing was ever submitted).
     */
    public record YearView(
            int fiscalYear,
            long measures,
            Map<MeasureStatus, Long> measuresByStatus,
            boolean hasScores,
            StatusView report) {}

    private final MeasureService measures;
    private final ThemeService themes;
    private final ScoreService scores;
    private final Publication publication;

    public FiscalYearOverview(
            MeasureService measures, ThemeService themes, ScoreService scores, Publication publication) {
        this.measures = measures;
        this.themes = themes;
        this.scores = scores;
        this.publication = publication;
    }

    @Transactional(readOnly = true)
    public List<YearView> years() {
        Map<Integer, Map<MeasureStatus, Long>> counts = measures.countsByYearAndStatus();
        Set<Integer> scored = scores.fiscalYears();
        Map<Integer, StatusView> reports = publication.statuses();
        Set<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.addAll(counts.keySet());
        years.addAll(themes.fiscalYears());
        years.addAll(scored);
        years.addAll(reports.keySet());
        List<YearView> result = new ArrayList<>();
        for (int year : years) {
            Map<MeasureStatus, Long> byStatus = counts.getOrDefault(year, zeros());
            result.add(new YearView(
                    year,
                    byStatus.values().stream().mapToLong(Long::longValue).sum(),
                    byStatus,
                    scored.contains(year),
                    reports.get(year)));
        }
        return result;
    }

    private static Map<MeasureStatus, Long> zeros() {
        Map<MeasureStatus, Long> zeros = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            zeros.put(status, 0L);
        }
        return zeros;
    }
}
