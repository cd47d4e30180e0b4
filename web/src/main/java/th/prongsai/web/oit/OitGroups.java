package th.prongsai.web.oit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The checklist's items under their sub-indicator (9.1 ข้อมูลพื้นฐาน …), in the framework's order. */
record OitGroups(String code, String nameTh, String nameEn, List<Map<String, Object>> items) {

    @SuppressWarnings("unchecked")
    static List<OitGroups> of(Map<String, Object> framework, List<Map<String, Object>> items) {
        Map<String, Map<String, Object>> subIndicators = new LinkedHashMap<>();
        for (Map<String, Object> tool : (List<Map<String, Object>>) framework.getOrDefault("tools", List.of())) {
            for (Map<String, Object> indicator :
                    (List<Map<String, Object>>) tool.getOrDefault("indicators", List.of())) {
                for (Map<String, Object> sub :
                        (List<Map<String, Object>>) indicator.getOrDefault("subIndicators", List.of())) {
                    subIndicators.put(String.valueOf(sub.get("code")), sub);
                }
            }
        }
        Map<String, List<Map<String, Object>>> byCode = new LinkedHashMap<>();
        for (Map<String, Object> item : items) {
            byCode.computeIfAbsent(String.valueOf(item.get("subIndicator")), c -> new ArrayList<>())
                    .add(item);
        }
        List<OitGroups> groups = new ArrayList<>();
        byCode.forEach((code, members) -> {
            Map<String, Object> sub = subIndicators.getOrDefault(code, Map.of());
            String nameTh = String.valueOf(sub.getOrDefault("nameTh", ""));
            groups.add(new OitGroups(code, nameTh, String.valueOf(sub.getOrDefault("nameEn", nameTh)), members));
        });
        return groups;
    }
}
