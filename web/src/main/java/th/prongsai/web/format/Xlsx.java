package th.prongsai.web.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.MediaType;

/**
 * A table as an Excel workbook of one sheet: bold title lines (the table's name, a note that the figures are
 * synthetic), a bold header, then the rows; a number is a numeric cell, a boolean a boolean, anything else its
 * text, and null an empty cell.
 */
public final class Xlsx {

    public static final MediaType MEDIA_TYPE =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Xlsx() {}

    /** {@code titles} may hold nulls or blanks: they are left out. */
    public static byte[] write(
            String sheetName, List<String> titles, List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Prongsai", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(sheetName));
            int r = 0;
            for (String title : titles) {
                if (title != null && !title.isBlank()) {
                    sheet.value(r, 0, title);
                    sheet.style(r, 0).bold().set();
                    r++;
                }
            }
            for (int c = 0; c < header.size(); c++) {
                sheet.value(r, c, header.get(c));
                sheet.style(r, c).bold().set();
            }
            r++;
            for (List<?> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    switch (row.get(c)) {
                        case null -> {}
                        case BigDecimal d -> sheet.value(r, c, d);
                        case Number n -> sheet.value(r, c, n);
                        case Boolean b -> sheet.value(r, c, b);
                        case Object v -> sheet.value(r, c, v.toString());
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Excel's sheet names: at most 31 characters, none of []:*?/\ */
    static String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").trim();
        return clean.isEmpty() ? "Sheet1" : clean.substring(0, Math.min(31, clean.length()));
    }
}
