package th.prongsai.report.exchange;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.ita.thai.ThaiDates;
import th.prongsai.report.measure.MeasureService.MeasureView;
import th.prongsai.report.measure.ThemeService.ThemeView;

/** A fiscal year's measures as CSV for Excel ({@link Csv}), with Thai column headings. */
final class MeasureCsv {

    private static final List<String> HEADINGS = List.of(
            "ลำดับ",
            "ประเด็น",
            "มาตรการ/กิจกรรม",
            "ตัวชี้วัด",
            "วิธีดำเนินการ",
            "ผู้รับผิดชอบ",
            "เริ่ม",
            "สิ้นสุด",
            "การติดตามและรายงานผล",
            "สถานะ",
            "สรุปผลการดำเนินการ",
            "ผลลัพธ์/ความสำเร็จ",
            "ข้อเสนอแนะ/ปัญหาอุปสรรค",
            "หลักฐาน");

    private MeasureCsv() {}

    static byte[] write(List<MeasureView> measures, List<ThemeView> themes, Map<Long, String> departments) {
        Map<Long, ThemeView> themeById = themes.stream().collect(Collectors.toMap(ThemeView::id, t -> t));
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (MeasureView m : measures) {
            ThemeView theme = m.themeId() == null ? null : themeById.get(m.themeId());
            rows.add(List.of(
                    String.valueOf(m.number()),
                    theme == null ? "" : theme.number() + ". " + theme.title(),
                    m.title(),
                    String.join(", ", m.indicatorCodes()),
                    String.join("\n", m.methodSteps()),
                    m.departmentIds().stream().map(departments::get).collect(Collectors.joining(", ")),
                    month(m.startMonth()),
                    month(m.endMonth()),
                    text(m.monitoring()),
                    m.status().labelTh(),
                    text(m.outputSummary()),
                    text(m.outcome()),
                    text(m.recommendation()),
                    m.evidenceLinks().stream()
                            .map(l -> l.label() == null ? l.url() : l.label() + " " + l.url())
                            .collect(Collectors.joining("\n"))));
        }
        return Csv.write(rows);
    }

    private static String month(YearMonth month) {
        return month == null ? "" : ThaiDates.longMonth(month, DigitStyle.ARABIC);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
