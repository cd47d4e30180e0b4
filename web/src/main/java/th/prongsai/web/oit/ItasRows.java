package th.prongsai.web.oit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lines an officer copies into ITAS: one per URL of an item that has data (an item with none gets one line
 * without a URL), in the checklist's order, which is ITAS's.
 */
record ItasRows(String code, String nameTh, String answerTh, String url, String explanation) {

    @SuppressWarnings("unchecked")
    static List<ItasRows> of(List<Map<String, Object>> items) {
        List<ItasRows> rows = new ArrayList<>();
        for (Map<String, Object> item : items) {
            String code = String.valueOf(item.get("code"));
            String name = String.valueOf(item.get("nameTh"));
            Object hasData = item.get("hasData");
            String answer = hasData == null ? "" : Boolean.TRUE.equals(hasData) ? "มี" : "ไม่มี";
            String explanation = item.get("explanation") == null ? "" : String.valueOf(item.get("explanation"));
            List<String> urls = (List<String>) item.getOrDefault("urls", List.of());
            if (urls.isEmpty()) {
                rows.add(new ItasRows(code, name, answer, "", explanation));
            }
            for (String url : urls) {
                rows.add(new ItasRows(code, name, answer, url, explanation));
            }
        }
        return rows;
    }
}
