package th.prongsai.analytics.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits one CSV line into fields (RFC 4180 quoting: "a,b" and "" for a quote). A record never spans lines
 * here: names may not hold control characters, so a line break inside quotes is a bad row anyway.
 */
final class CsvLines {

    private CsvLines() {}

    /** The fields of a line, or empty when a quote is left open or stray text follows a closing quote. */
    static Optional<List<String>> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (!closed || (i < n && line.charAt(i) != ',')) {
                    return Optional.empty();
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    field.append(line.charAt(i++));
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                return Optional.of(fields);
            }
            i++; // the comma
        }
    }
}
