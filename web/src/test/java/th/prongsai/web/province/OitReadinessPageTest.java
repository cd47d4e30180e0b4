package th.prongsai.web.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.GenericApplicationContext;
import th.prongsai.web.format.ThaiFormat;
import th.prongsai.web.layout.Templates;

/** The province's OIT readiness table: the API's rows in its order, no data shown as such, links to checklists. */
class OitReadinessPageTest {

    /** As analytics-service answers {@code /api/analytics/oit/provinces/80?fy=2567}. */
    static Map<String, Object> answer() {
        Map<String, Object> silent = new HashMap<>();
        silent.put("code", "khao-kaeo");
        silent.put("nameTh", "เทศบาลตำบลเขาแก้ว");
        silent.put("nameEn", "Khao Kaeo");
        silent.put("laoType", "SUBDISTRICT_MUNICIPALITY");
        silent.put("readiness", null);
        Map<String, Object> thaPhae = Map.of(
                "code", "tha-phae",
                "nameTh", "เทศบาลตำบลท่าแพ",
                "laoType", "SUBDISTRICT_MUNICIPALITY",
                "readiness",
                        Map.of(
                                "items", 43,
                                "ready", 13,
                                "sharePercent", 30.23,
                                "missing", 20,
                                "broken", 5,
                                "offSite", 3,
                                "wrongYear", 2,
                                "notChecked", 0,
                                "itasCloses", "2024-04-30",
                                "updatedAt", "2024-03-01T03:00:00Z"));
        Map<String, Object> ready = new HashMap<>();
        ready.put("items", 43);
        ready.put("ready", 39);
        ready.put("sharePercent", 90.7);
        ready.put("missing", 1);
        ready.put("broken", 1);
        ready.put("offSite", 1);
        ready.put("wrongYear", 1);
        ready.put("notChecked", 0);
        ready.put("itasCloses", null);
        ready.put("updatedAt", "2024-03-02T03:00:00Z");
        Map<String, Object> pakPhanang = Map.of(
                "code",
                "pak-phanang",
                "nameTh",
                "เทศบาลเมืองปากพนัง",
                "laoType",
                "TOWN_MUNICIPALITY",
                "readiness",
                ready);
        return Map.of(
                "province",
                "80",
                "provinceNameTh",
                "นครศรีธรรมราช",
                "fiscalYear",
                2567,
                "municipalities",
                3,
                "reporting",
                2,
                "rows",
                List.of(silent, thaPhae, pakPhanang));
    }

    @Test
    void theApiAnswerBecomesRowsInItsOrder() {
        OitReadiness o = OitReadiness.of(answer(), null, false);
        assertThat(o.provinceName()).isEqualTo("นครศรีธรรมราช");
        assertThat(o.rows()).extracting(OitReadiness.Row::code).containsExactly("khao-kaeo", "tha-phae", "pak-phanang");
        assertThat(o.rows().get(0).hasData()).isFalse();
        assertThat(o.rows().get(0).band()).isEqualTo("none");
        assertThat(o.rows().get(1).share()).isEqualByComparingTo("30.23");
        assertThat(o.rows().get(1).band()).isEqualTo("low");
        assertThat(o.rows().get(2).band()).isEqualTo("high");
        assertThat(o.rows().get(2).itasCloses()).isNull();
        assertThat(OitReadiness.of(answer(), "Nakhon Si Thammarat", true)
                        .rows()
                        .get(0)
                        .name())
                .as("English names where the registry has them")
                .isEqualTo("Khao Kaeo");
        assertThat(o.yearHref(2568)).isEqualTo("/province/oit?province=80&fy=2568");
        assertThat(new OitReadiness.Row("x", "x", new BigDecimal("79.99"), 1, 1, 0, 0, 0, 0, 0, null, "t").band())
                .isEqualTo("mid");
    }

    @Test
    void theTableShowsSharesGapsDatesInBuddhistEraAndLinksEachChecklist() {
        GenericApplicationContext beans = new GenericApplicationContext();
        beans.registerBean("thai", ThaiFormat.class);
        beans.refresh();
        // @thai writes the language of the request: Thai here
        LocaleContextHolder.setLocale(Locale.forLanguageTag("th"));
        String page;
        try {
            page = new Templates(beans, "messages/common", "messages/province")
                    .render("test/province-oit", Map.of("o", OitReadiness.of(answer(), null, false)));
        } finally {
            LocaleContextHolder.resetLocaleContext();
            beans.close();
        }
        assertThat(page)
                .contains("มีข้อมูลความพร้อม 2 จาก 3 เทศบาล")
                .contains("ความพร้อม OIT ของเทศบาลในจังหวัดนครศรีธรรมราช ปีงบประมาณ 2567 เรียงจากน้อยไปมาก")
                .contains("href=\"/m/tha-phae/2567/oit\"")
                .contains("href=\"/m/khao-kaeo/2567/oit\"")
                .contains("ยังไม่มีข้อมูล")
                .contains("30.23%")
                .contains("13/43")
                .contains("30 เมษายน 2567")
                .contains("1 มีนาคม 2567 เวลา 10:00 น.")
                .contains("ลิงก์ใช้ไม่ได้")
                .doesNotContain("??");
        assertThat(page.indexOf("khao-kaeo")).as("the API's order").isLessThan(page.indexOf("tha-phae"));
        assertThat(page.indexOf("tha-phae")).isLessThan(page.indexOf("pak-phanang"));
        assertThat(page).contains("class=\"table-wrap\"").contains("role=\"region\"");
    }
}
