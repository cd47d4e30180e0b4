package th.prongsai.analytics.oit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import th.prongsai.analytics.facts.Provinces;
import th.prongsai.analytics.oit.OitReadinessStore.BandRow;
import th.prongsai.analytics.oit.OitReadinessStore.Municipality;
import th.prongsai.analytics.oit.OitReadinessStore.ProvinceRow;

/** The three OIT answers, shaped for people: Thai names, two decimals, every band present. */
@Service
class OitAnswers {

    static final String ASSOCIATION_TH = "ความสัมพันธ์ ไม่ใช่เหตุและผล";
    static final String ASSOCIATION_NOTE_TH = "ความพร้อม OIT ของปีงบประมาณ เทียบกับคะแนน OIT ของผลการประเมินปีเดียวกัน"
            + " เป็นความสัมพันธ์ ไม่ได้แสดงว่าความพร้อมเป็นเหตุของคะแนน กลุ่มที่มีหน่วยงานน้อยควรอ่านอย่างระมัดระวัง";
    private static final int[] BAND_EDGES = {0, 25, 50, 75, 100};

    private final OitReadinessStore store;

    OitAnswers(OitReadinessStore store) {
        this.store = store;
    }

    ProvinceList province(String province, int fy) {
        List<Municipality> municipalities = store.province(province, fy);
        long reporting =
                municipalities.stream().filter(m -> m.readiness() != null).count();
        return new ProvinceList(
                province, Provinces.NAMES_TH.get(province), fy, municipalities.size(), reporting, municipalities);
    }

    NationalSummary national(int fy) {
        List<ProvinceSummary> provinces = new ArrayList<>();
        long municipalities = 0, reporting = 0, atLeast80 = 0, below50 = 0, withShare = 0;
        BigDecimal shareSum = BigDecimal.ZERO;
        for (ProvinceRow row : store.national(fy)) {
            provinces.add(new ProvinceSummary(
                    row.province(),
                    Provinces.NAMES_TH.get(row.province()),
                    row.municipalities(),
                    row.reporting(),
                    two(row.meanShare()),
                    row.atLeast80(),
                    row.below50(),
                    row.ready(),
                    row.items(),
                    row.missing(),
                    row.broken(),
                    row.offSite(),
                    row.wrongYear()));
            municipalities += row.municipalities();
            reporting += row.reporting();
            atLeast80 += row.atLeast80();
            below50 += row.below50();
            // the national mean weighs every municipality once, not every province
            withShare += row.withShare();
            shareSum = shareSum.add(row.shareSum());
        }
        BigDecimal mean =
                withShare == 0 ? null : shareSum.divide(BigDecimal.valueOf(withShare), 2, RoundingMode.HALF_UP);
        return new NationalSummary(fy, municipalities, reporting, mean, atLeast80, below50, provinces);
    }

    Association association(int fy, int minGroupSize) {
        BandRow[] rows = new BandRow[4];
        for (BandRow row : store.association(fy)) {
            rows[row.band()] = row;
        }
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BandRow row = rows[i];
            long n = row == null ? 0 : row.n();
            long scored = row == null ? 0 : row.scored();
            bands.add(new Band(
                    BAND_EDGES[i],
                    BAND_EDGES[i + 1],
                    BAND_EDGES[i] + "–" + BAND_EDGES[i + 1] + " %",
                    n,
                    scored,
                    row == null ? null : two(row.meanOit()),
                    scored < minGroupSize));
        }
        return new Association(fy, ASSOCIATION_TH, ASSOCIATION_NOTE_TH, minGroupSize, bands);
    }

    private static @Nullable BigDecimal two(@Nullable BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Worst first; a municipality whose {@code readiness} is null never answered for the year. */
    record ProvinceList(
            String province,
            @Nullable String provinceNameTh,
            int fiscalYear,
            long municipalities,
            long reporting,
            List<Municipality> rows) {}

    record ProvinceSummary(
            String province,
            @Nullable String provinceNameTh,
            long municipalities,
            long reporting,
            @Nullable BigDecimal meanShare,
            long atLeast80,
            long below50,
            long ready,
            long items,
            long missing,
            long broken,
            long offSite,
            long wrongYear) {}

    /** Per province, lowest mean share first; a province with no answer yet first of all. */
    record NationalSummary(
            int fiscalYear,
            long municipalities,
            long reporting,
            @Nullable BigDecimal meanShare,
            long atLeast80,
            long below50,
            List<ProvinceSummary> provinces) {}

    /**
     * One band of readiness [from, to) (the last includes 100): n municipalities with readiness in it, how many of
     * them have the year's score, and their mean OIT score; {@code small} when fewer than the minimum group size.
     */
    record Band(
            int fromPercent,
            int toPercent,
            String label,
            long n,
            long scored,
            @Nullable BigDecimal meanOit,
            boolean small) {}

    record Association(int fiscalYear, String labelTh, String noteTh, int minGroupSize, List<Band> bands) {}
}
