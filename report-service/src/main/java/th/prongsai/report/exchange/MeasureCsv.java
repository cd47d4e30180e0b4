package th.prongsai.report.exchange;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.ita.thai.ThaiDates;
import th.prongsai.report.measure.MeasureService.MeasureView;
import th.prongsai.report.measure.ThemeService.ThemeView;

/**
 * A fiscal year's measures as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads Thai), Thai column
 * headings, CRLF line ends, every field quoted (RFC 4180).
 */
final class MeasureCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> HEADINGS = List.of("ลำดับ", "ประเด็น", "มาตรการ/กิจกรรม", "ตัวชี้วัด",
            "วิธีดำเนินการ", "ผู้รับผิดชอบ", "เริ่ม", "สิ้นสุด", "การติดตามและรายงานผล", "สถานะ",
            "สรุปผลการดำเนินการ", "ผลลัพธ์/ความสำเร็จ", "ข้อเสนอแนะ/ปัญหาอุปสรรค", "หลักฐาน");

    private MeasureCsv() {
    }

    static byte[] write(List<MeasureView> measures, List<ThemeView> themes, Map<Long, String> departments) {
        Map<Long, ThemeView> themeById = themes.stream().collect(Collectors.toMap(ThemeView::id, t -> t));
        StringBuilder csv = new StringBuilder();
        row(csv, HEADINGS);
        for (MeasureView m : measures) {
            ThemeView theme = m.themeId() == null ? null : themeById.get(m.themeId());
            row(csv, List.of(
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
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quoted, and defused when a spreadsheet would read the text as a formula. */
    static String quote(String field) {
        String value = field;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("[-+]?\\d+(\\.\\d+)?")) {
            value = "'" + value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String month(YearMonth month) {
        return month == null ? "" : ThaiDates.longMonth(month, DigitStyle.ARABIC);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
