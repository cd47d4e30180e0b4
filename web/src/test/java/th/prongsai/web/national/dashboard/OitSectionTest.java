package th.prongsai.web.national.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import th.prongsai.web.format.ThaiFormat;
import th.prongsai.web.layout.Templates;

/** The national dashboard's OIT section: readiness per province, and the association labelled as one, with n. */
class OitSectionTest {

    private String render(Map<String, Object> variables) {
        GenericApplicationContext beans = new GenericApplicationContext();
        beans.registerBean("thai", ThaiFormat.class);
        beans.refresh();
        try {
            return new Templates(beans, "messages/common", "messages/frameworks", "messages/national")
                    .render("test/national-oit", variables);
        } finally {
            beans.close();
        }
    }

    private static Map<String, Object> band(String label, int n, int scored, Object mean, boolean small) {
        Map<String, Object> b = new HashMap<>();
        b.put("label", label);
        b.put("n", n);
        b.put("scored", scored);
        b.put("meanOit", mean);
        b.put("small", small);
        return b;
    }

    @Test
    void provincesAndBandsWithTheirCountsAndTheAssociationLabel() {
        Map<String, Object> empty = new HashMap<>();
        empty.put("province", "81");
        empty.put("provinceNameTh", "กระบี่");
        empty.put("municipalities", 4);
        empty.put("reporting", 0);
        empty.put("meanShare", null);
        empty.put("atLeast80", 0);
        empty.put("below50", 0);
        empty.put("missing", 0);
        empty.put("broken", 0);
        empty.put("offSite", 0);
        empty.put("wrongYear", 0);
        Map<String, Object> p80 = Map.ofEntries(
                Map.entry("province", "80"),
                Map.entry("provinceNameTh", "นครศรีธรรมราช"),
                Map.entry("municipalities", 3),
                Map.entry("reporting", 2),
                Map.entry("meanShare", 60.47),
                Map.entry("atLeast80", 1),
                Map.entry("below50", 1),
                Map.entry("missing", 21),
                Map.entry("broken", 6),
                Map.entry("offSite", 4),
                Map.entry("wrongYear", 3));
        Map<String, Object> oit = new HashMap<>();
        oit.put("fiscalYear", 2567);
        oit.put("municipalities", 7);
        oit.put("reporting", 2);
        oit.put("meanShare", 60.47);
        oit.put("atLeast80", 1);
        oit.put("provinces", List.of(empty, p80));
        Map<String, Object> association = Map.of(
                "fiscalYear", 2567,
                "minGroupSize", 5,
                "bands",
                        List.of(
                                band("0–25 %", 2, 2, 45.0, true),
                                band("25–50 %", 0, 0, null, true),
                                band("50–75 %", 6, 6, 61.25, false),
                                band("75–100 %", 9, 8, 80.0, false)));
        String page = render(Map.of(
                "fy",
                2567,
                "synthetic",
                false,
                "oit",
                oit,
                "oitAssociation",
                association,
                "provinceNames",
                Map.of("80", "นครศรีธรรมราช", "81", "กระบี่")));
        assertThat(page)
                .contains("ความพร้อม OIT ตามจังหวัด ปีงบประมาณ 2567")
                .contains("2/7")
                .contains("60.47%")
                .contains("href=\"/province/oit?province=80&amp;fy=2567\"")
                .contains("ไม่มีข้อมูล")
                .contains("ความสัมพันธ์ ไม่ใช่เหตุและผล")
                .contains("0–25 %")
                .contains("61.25")
                .contains("มีคะแนนน้อยกว่า 5 หน่วยงาน อ่านอย่างระมัดระวัง")
                .doesNotContain("??");
        assertThat(page.indexOf("กระบี่")).as("the API's order").isLessThan(page.indexOf("นครศรีธรรมราช"));
    }

    @Test
    void aRefusedAnswerShowsTheApisReasonAndTheSyntheticDatasetHasNoSection() {
        String page = render(Map.of(
                "fy", 2567,
                "synthetic", false,
                "oit", Map.of("refused", "ข้อมูลที่ส่งมาไม่ถูกต้อง"),
                "oitAssociation", Map.of("refused", "ข้อมูลที่ส่งมาไม่ถูกต้อง"),
                "provinceNames", Map.of()));
        assertThat(page).contains("ข้อมูลที่ส่งมาไม่ถูกต้อง").doesNotContain("table-oit\"");
        assertThat(render(Map.of("fy", 2567, "synthetic", true, "provinceNames", Map.of())))
                .doesNotContain("oit-title");
    }
}
