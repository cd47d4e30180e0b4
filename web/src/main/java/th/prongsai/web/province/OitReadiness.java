package th.prongsai.web.province;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The province's OIT readiness table as analytics-service answers it ({@code /api/analytics/oit/provinces/{p}}):
 * every municipality of the province on the platform, worst first, those that never answered for the year first of
 * all. Nothing is recomputed here; the API's order is kept.
 */
public record OitReadiness(
        String province, String provinceName, int fy, long municipalities, long reporting, List<Row> rows) {

    /** {@code share} and the counts are null when the municipality has no readiness for the year. */
    public record Row(
            String code,
            String name,
            @Nullable BigDecimal share,
            @Nullable Integer ready,
            @Nullable Integer items,
            @Nullable Integer missing,
            @Nullable Integer broken,
            @Nullable Integer offSite,
            @Nullable Integer wrongYear,
            @Nullable Integer notChecked,
            @Nullable String itasCloses,
            @Nullable String updatedAt) {

        public boolean hasData() {
            return updatedAt != null;
        }

        /** The row's colour band: below 50 %, below 80 %, 80 % or more (the national target's share), none. */
        public String band() {
            if (share == null) {
                return "none";
            }
            return share.compareTo(BigDecimal.valueOf(50)) < 0
                    ? "low"
                    : share.compareTo(BigDecimal.valueOf(80)) < 0 ? "mid" : "high";
        }
    }

    /** The municipality's OIT checklist of the year. */
    public String checklistHref(Row row) {
        return "/m/" + row.code() + "/" + fy + "/oit";
    }

    /** The page's address for another year. */
    public String yearHref(int year) {
        return "/province/oit?province=" + province + "&fy=" + year;
    }

    @SuppressWarnings("unchecked")
    static OitReadiness of(Map<String, Object> answer, @Nullable String provinceName, boolean english) {
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) answer.getOrDefault("rows", List.of())) {
            String name = english && m.get("nameEn") != null ? (String) m.get("nameEn") : (String) m.get("nameTh");
            Map<String, Object> r = (Map<String, Object>) m.get("readiness");
            if (r == null) {
                rows.add(new Row(
                        (String) m.get("code"), name, null, null, null, null, null, null, null, null, null, null));
                continue;
            }
            rows.add(new Row(
                    (String) m.get("code"),
                    name,
                    r.get("sharePercent") == null ? null : Charts.number(r.get("sharePercent")),
                    integer(r.get("ready")),
                    integer(r.get("items")),
                    integer(r.get("missing")),
                    integer(r.get("broken")),
                    integer(r.get("offSite")),
                    integer(r.get("wrongYear")),
                    integer(r.get("notChecked")),
                    (String) r.get("itasCloses"),
                    (String) r.get("updatedAt")));
        }
        String province = (String) answer.get("province");
        return new OitReadiness(
                province,
                provinceName != null ? provinceName : (String) answer.getOrDefault("provinceNameTh", province),
                ((Number) answer.get("fiscalYear")).intValue(),
                ((Number) answer.getOrDefault("municipalities", rows.size())).longValue(),
                ((Number) answer.getOrDefault("reporting", 0)).longValue(),
                rows);
    }

    private static @Nullable Integer integer(@Nullable Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
