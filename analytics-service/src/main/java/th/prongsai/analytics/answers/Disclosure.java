package th.prongsai.analytics.answers;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Small-group suppression for a caller who may not see every member of an aggregate: a cell of fewer than
 * {@code minGroupSize} agencies shows its n only (no mean, median, percentiles, rank, min or max), and min and max,
 * being one member's exact score, are never shown to such a caller whatever the n. National admins see every
 * member, provincial officers every member of their own province, municipal users their own tenant; an aggregate
 * whose members are all visible to the caller is shown whole, since it tells nothing the caller may not read anyway.
 */
record Disclosure(Access access, int minGroupSize) {

    static final String NOTE = "Figures of groups of fewer than %d agencies, and any minimum or maximum, are withheld"
            + " because they would disclose agencies you may not see. / ไม่แสดงค่าสถิติของกลุ่มที่มีหน่วยงานน้อยกว่า %d แห่ง"
            + " และค่าต่ำสุด-สูงสุด เพราะจะเปิดเผยผลของหน่วยงานที่ท่านไม่มีสิทธิ์ดู";

    /**
     * An SQL condition over {@code score_facts} columns ({@code province}, {@code tenant_code}, optionally behind
     * {@code alias}) that holds for the rows this caller may see; binds its parameters into {@code p}.
     */
    String visible(String alias, MapSqlParameterSource p) {
        if (access.admin()) {
            return "TRUE";
        }
        String prefix = alias == null ? "" : alias + ".";
        List<String> any = new ArrayList<>();
        access.officerProvince().ifPresent(province -> {
            p.addValue("viewerProvince", province);
            any.add(prefix + "province = :viewerProvince");
        });
        access.ownTenant().ifPresent(tenant -> {
            p.addValue("viewerTenant", tenant);
            any.add("coalesce(" + prefix + "tenant_code = :viewerTenant, FALSE)");
        });
        return any.isEmpty() ? "FALSE" : "(" + String.join(" OR ", any) + ")";
    }

    /** Part of every cache key of an answer that depends on the caller: what the caller may see. */
    String viewKey() {
        if (access.admin()) {
            return "all";
        }
        return "p" + access.officerProvince().orElse("") + "-t"
                + access.ownTenant().orElse("");
    }

    /** Whether a cell of {@code n} agencies, {@code hidden} of them not visible to the caller, is withheld. */
    boolean suppressed(long n, long hidden) {
        return hidden > 0 && n < minGroupSize;
    }

    /** Whether min and max are withheld: they are one member's exact score. */
    boolean extremesWithheld(long hidden) {
        return hidden > 0;
    }

    String note() {
        return NOTE.formatted(minGroupSize, minGroupSize);
    }
}
