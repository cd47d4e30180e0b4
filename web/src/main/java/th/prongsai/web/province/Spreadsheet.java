package th.prongsai.web.province;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A table as the page shows it, written as CSV (UTF-8 with a BOM, so Excel opens Thai text right) or as XLSX.
 * When the figures are synthetic the file says so: a title row in XLSX, a column on every CSV line.
 */
record Spreadsheet(String title, String note, List<String> headers, List<List<Object>> rows) {

    byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, note == null ? headers : prepend(headers, "dataset"));
        for (List<Object> row : rows) {
            line(out, note == null ? row : prepend(row, note));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Prongsai", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(title));
            int r = 0;
            sheet.value(r++, 0, title);
            if (note != null) {
                sheet.value(r++, 0, note);
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(r, c, headers.get(c));
                sheet.style(r, c).bold().set();
            }
            r++;
            for (List<Object> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof BigDecimal d) {
                        sheet.value(r, c, d);
                    } else if (v instanceof Number n) {
                        sheet.value(r, c, n);
                    } else if (v instanceof Boolean b) {
                        sheet.value(r, c, b);
                    } else if (v != null) {
                        sheet.value(r, c, v.toString());
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Excel's sheet names: at most 31 characters, none of []:*?/\ */
    private static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return clean.isEmpty() ? "Sheet1" : clean.substring(0, Math.min(31, clean.length()));
    }

    private static List<Object> prepend(List<?> row, Object first) {
        ArrayList<Object> out = new ArrayList<>(row.size() + 1);
        out.add(first);
        out.addAll(row);
        return out;
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = cells.get(i);
            String text = v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
            if (text.indexOf(',') >= 0
                    || text.indexOf('"') >= 0
                    || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.append(text);
        }
        out.append("\r\n");
    }
}
