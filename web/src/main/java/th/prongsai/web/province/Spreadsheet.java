package th.prongsai.web.province;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import th.prongsai.web.format.Csv;
import th.prongsai.web.format.Xlsx;

/**
 * A table as the page shows it, written as CSV or as XLSX.
 * When the figures are synthetic the file says so: a title row in XLSX, a column on every CSV line.
 */
record Spreadsheet(String title, String note, List<String> headers, List<List<Object>> rows) {

    byte[] csv() {
        List<List<?>> lines = new ArrayList<>();
        lines.add(note == null ? headers : prepend(headers, "dataset"));
        for (List<Object> row : rows) {
            lines.add(note == null ? row : prepend(row, note));
        }
        return Csv.write(lines).getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx() {
        return Xlsx.write(title, Arrays.asList(title, note), headers, rows);
    }

    private static List<Object> prepend(List<?> row, Object first) {
        ArrayList<Object> out = new ArrayList<>(row.size() + 1);
        out.add(first);
        out.addAll(row);
        return out;
    }
}
