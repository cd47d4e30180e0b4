package th.prongsai.report.publication;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.ita.thai.FiscalYears;
import th.prongsai.report.measure.MeasureService;
import th.prongsai.report.measure.MeasureService.MeasureView;
import th.prongsai.report.measure.MeasureStatus;

/**
 * What an officer is told before submitting, as the NACC's OIT reads a report: the measures (1), a result summary
 * of each (2) and outcomes (3) must be there — those block submission — and some things are worth a second look:
 * measures still open, periods outside the fiscal year, text naming another fiscal year.
 */
@Component
class ReportChecks {

    public enum Severity {
        BLOCKING,
        WARNING
    }

    public record Finding(String code, Severity severity, Integer measureNumber, String messageTh) {}

    public record Result(int fiscalYear, boolean ready, List<Finding> findings) {}

    private static final Pattern YEAR = Pattern.compile("(?:ปีงบประมาณ|พ\\.ศ\\.)\\s*(?:พ\\.ศ\\.)?\\s*(25\\d\\d)");

    private final MeasureService measures;

    ReportChecks(MeasureService measures) {
        this.measures = measures;
    }

    public Result check(int fiscalYear) {
        List<MeasureView> all = measures.all(fiscalYear);
        List<Finding> findings = new ArrayList<>();
        if (all.isEmpty()) {
            findings.add(new Finding(
                    "NO_MEASURES",
                    Severity.BLOCKING,
                    null,
                    "ยังไม่มีมาตรการของปีงบประมาณ " + fiscalYear + " (OIT ข้อ 1: มาตรการ/กิจกรรม)"));
        }
        if (!all.isEmpty() && all.stream().allMatch(m -> blank(m.outcome()))) {
            findings.add(new Finding(
                    "NO_OUTCOMES",
                    Severity.BLOCKING,
                    null,
                    "ยังไม่มีผลลัพธ์หรือความสำเร็จของมาตรการใดเลย (OIT ข้อ 3: ผลลัพธ์)"));
        }
        YearMonth first = FiscalYears.firstMonth(fiscalYear);
        YearMonth last = FiscalYears.lastMonth(fiscalYear);
        for (MeasureView m : all) {
            if (m.status() != MeasureStatus.NOT_DONE && blank(m.outputSummary())) {
                findings.add(new Finding(
                        "MEASURE_WITHOUT_RESULT",
                        Severity.BLOCKING,
                        m.number(),
                        "มาตรการที่ " + m.number() + " ยังไม่มีสรุปผลการดำเนินการ (OIT ข้อ 2)"));
            }
            if (m.status() == MeasureStatus.PLANNED || m.status() == MeasureStatus.IN_PROGRESS) {
                findings.add(new Finding(
                        "MEASURE_NOT_FINISHED",
                        Severity.WARNING,
                        m.number(),
                        "มาตรการที่ " + m.number() + " ยังอยู่ในสถานะ "
                                + m.status().labelTh()));
            }
            if (m.startMonth() != null
                    && (m.startMonth().isBefore(first) || m.endMonth().isAfter(last))) {
                findings.add(new Finding(
                        "PERIOD_OUTSIDE_YEAR",
                        Severity.WARNING,
                        m.number(),
                        "ระยะเวลาของมาตรการที่ " + m.number() + " อยู่นอกปีงบประมาณ " + fiscalYear));
            }
            otherYear(fiscalYear, m)
                    .ifPresent(year -> findings.add(new Finding(
                            "HEADING_YEAR_MISMATCH",
                            Severity.WARNING,
                            m.number(),
                            "มาตรการที่ " + m.number() + " อ้างถึงปีงบประมาณ " + year + " ในรายงานปี " + fiscalYear
                                    + " โปรดตรวจสอบ")));
        }
        boolean ready = findings.stream().noneMatch(f -> f.severity() == Severity.BLOCKING);
        return new Result(fiscalYear, ready, findings);
    }

    /** A year named in the measure's text ("ปีงบประมาณ พ.ศ. 2565") that is not the report's year. */
    private static Optional<Integer> otherYear(int fiscalYear, MeasureView m) {
        String text = Stream.of(m.title(), m.outputSummary(), m.outcome())
                .filter(t -> t != null)
                .map(DigitStyle.ARABIC::apply)
                .reduce("", (a, b) -> a + "\n" + b);
        Matcher matcher = YEAR.matcher(text);
        while (matcher.find()) {
            int year = Integer.parseInt(matcher.group(1));
            if (year != fiscalYear && year != fiscalYear - 1) {
                return Optional.of(year);
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
