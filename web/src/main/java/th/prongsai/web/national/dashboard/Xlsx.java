package th.prongsai.web.national.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;

/**
 * A table as an Excel workbook (one sheet), written from the API's own CSV so the XLSX holds exactly what the
 * CSV download holds. Numbers become numeric cells, except in columns that hold codes (leading zeros, DLA
 * codes stay text).
 */
final class Xlsx {

    public static final MediaType MEDIA_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");

    private Xlsx() {}

    /**
     * The workbook of one CSV document (RFC 4180, a UTF-8 BOM allowed); {@code title}, when given, is a first row
     * above the header (the synthetic data's label).
     */
    public static byte[] fromCsv(String sheetName, String title, String csv) {
        return write(sheetName, title, parseCsv(csv));
    }

    /** The workbook of rows whose first row is the header. */
    public static byte[] write(String sheetName, String title, List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Prongsai", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
            int r = 0;
            if (title != null && !title.isBlank()) {
                sheet.value(r, 0, title);
                sheet.style(r, 0).bold().set();
                r++;
            }
            List<String> header = rows.isEmpty() ? List.of() : rows.getFirst();
            for (int i = 0; i < rows.size(); i++, r++) {
                List<String> row = rows.get(i);
                for (int c = 0; c < row.size(); c++) {
                    String value = row.get(c);
                    boolean codeColumn = c < header.size() && header.get(c).contains("code");
                    if (i > 0 && !codeColumn && NUMBER.matcher(value).matches()) {
                        sheet.value(r, c, new BigDecimal(value));
                    } else {
                        sheet.value(r, c, value);
                    }
                    if (i == 0) {
                        sheet.style(r, c).bold().set();
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** CSV records as lists of fields (quoted fields may hold commas, quotes and line breaks). */
    public static List<List<String>> parseCsv(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (any || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
