package th.prongsai.web.oit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item's answer as the form edits it: every value kept as typed, so a refused save shows it again. The URLs are
 * one per line; blank lines are dropped before sending.
 */
record OitAnswerForm(
        String hasData, String urls, String explanation, String departmentId, String dueDate, String version) {

    @SuppressWarnings("unchecked")
    static OitAnswerForm of(Map<String, Object> item) {
        Object hasData = item.get("hasData");
        List<String> urls = (List<String>) item.getOrDefault("urls", List.of());
        return new OitAnswerForm(
                hasData == null ? "" : String.valueOf(hasData),
                String.join("\n", urls),
                text(item.get("explanation")),
                text(item.get("departmentId")),
                text(item.get("dueDate")),
                text(item.get("version")));
    }

    static OitAnswerForm typed(Map<String, String> params) {
        return new OitAnswerForm(
                params.getOrDefault("hasData", ""),
                params.getOrDefault("urls", ""),
                params.getOrDefault("explanation", ""),
                params.getOrDefault("departmentId", ""),
                params.getOrDefault("dueDate", "").strip(),
                params.getOrDefault("version", ""));
    }

    OitAnswerForm withVersion(String stored) {
        return new OitAnswerForm(hasData, urls, explanation, departmentId, dueDate, stored);
    }

    List<String> urlList() {
        return Arrays.stream(urls.split("\\R"))
                .map(String::strip)
                .filter(u -> !u.isEmpty())
                .toList();
    }

    /** The PUT body; a value that does not parse is sent as typed, so the API names the field. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hasData", hasData.isEmpty() ? null : Boolean.valueOf(hasData));
        body.put("urls", urlList());
        body.put("explanation", explanation.isBlank() ? null : explanation.strip());
        body.put("departmentId", departmentId.matches("\\d{1,18}") ? Long.valueOf(departmentId) : null);
        body.put("dueDate", dueDate.isEmpty() ? null : dueDate);
        body.put("version", version.matches("\\d{1,18}") ? Long.valueOf(version) : null);
        return body;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
