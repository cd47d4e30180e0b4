package th.prongsai.web.format;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;

/** CSV as the platform writes and reads it: RFC 4180, UTF-8 with a BOM so that Excel opens Thai text right. */
public final class Csv {

    public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {}

    /** The document of these lines, each field quoted where it needs it; a number is written plain. */
    public static String write(List<? extends List<?>> lines) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<?> cells : lines) {
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
        return out.toString();
    }

    /** CSV records as lists of fields (quoted fields may hold commas, quotes and line breaks; a BOM is allowed). */
    public static List<List<String>> parse(String csv) {
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
