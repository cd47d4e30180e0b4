package th.prongsai.analytics.answers;

import java.math.BigDecimal;
import java.util.List;

/**
 * An answer as one CSV table: UTF-8 with a BOM (so Excel reads Thai), a header row, CRLF line ends.
 * Text that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
record CsvTable(List<String> header, List<List<Object>> rows) {

    static final String BOM = "\uFEFF";

    public String render() {
        StringBuilder out = new StringBuilder(BOM);
        line(out, List.copyOf(header));
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** An answer that can also be given as CSV ({@code ?format=csv}). */
    public interface Tabular {
        CsvTable table();
    }
}
