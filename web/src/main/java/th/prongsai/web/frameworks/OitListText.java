package th.prongsai.web.frameworks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A year's OIT list as a national administrator pastes it from a spreadsheet: one item a line, its columns separated
 * by a tab (or a {@code |}): code, sub-indicator, Thai title, evidence asked for, and an optional last column that
 * says the published measure report answers the item ({@code รายงาน} or {@code *}). Blank lines are left out.
 */
final class OitListText {

    /** What a line could not be read as, by its 1-based number. */
    record LineError(int line, String messageKey) {}

    record Parsed(List<Map<String, Object>> items, List<LineError> errors) {}

    private static final String REPORT_TH = "รายงาน";

    private OitListText() {}

    /** The stored items as lines, so that the form shows the list it will save. */
    @SuppressWarnings("unchecked")
    static String of(Object items) {
        if (!(items instanceof List<?> list)) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> item : (List<Map<String, Object>>) list) {
            text.append(item.get("code"))
                    .append('\t')
                    .append(item.get("subIndicator"))
                    .append('\t')
                    .append(item.get("nameTh"))
                    .append('\t')
                    .append(item.get("evidenceTh"));
            if (Boolean.TRUE.equals(item.get("answeredByMeasureReport"))) {
                text.append('\t').append(REPORT_TH);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** The lines as the framework's {@code oitItems}; a line with too few or too many columns is an error. */
    static Parsed parse(String text) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.split(line.indexOf('\t') >= 0 ? "\t" : "\\|", -1);
            if (columns.length < 4 || columns.length > 5) {
                errors.add(new LineError(i + 1, "fw.oit.error.columns"));
                continue;
            }
            String flag = columns.length == 5 ? columns[4].strip() : "";
            if (!flag.isEmpty() && !flag.equals(REPORT_TH) && !flag.equals("*")) {
                errors.add(new LineError(i + 1, "fw.oit.error.flag"));
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", columns[0].strip());
            item.put("nameTh", columns[2].strip());
            item.put("subIndicator", columns[1].strip());
            item.put("evidenceTh", columns[3].strip());
            item.put("answeredByMeasureReport", !flag.isEmpty());
            items.add(item);
        }
        return new Parsed(items, errors);
    }

    /** The line of the text that item {@code index} of the parsed list came from (blank lines are skipped). */
    static int lineOf(String text, int index) {
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        int seen = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && ++seen == index) {
                return i + 1;
            }
        }
        return index + 1;
    }
}
