package th.prongsai.web.national.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import th.prongsai.web.format.ThaiFormat;
import th.prongsai.web.layout.Templates;

/** The national dashboard's tables share one pair of fragments for their common columns. */
class StatColumnsTest {

    public record Row(long n, BigDecimal mean, BigDecimal passRate, Boolean reachesTarget) {}

    @Test
    void everyRowShowsHowManyTheMeanThePassRateAndTheTarget() {
        GenericApplicationContext beans = new GenericApplicationContext();
        beans.registerBean("thai", ThaiFormat.class);
        beans.refresh();
        String page = new Templates(beans, "messages/common", "messages/frameworks")
                .render(
                        "test/national-stats",
                        Map.of(
                                "target",
                                "90",
                                "rows",
                                List.of(
                                        new Row(7850, new BigDecimal("93.82"), new BigDecimal("94.90"), true),
                                        new Row(3, new BigDecimal("50"), new BigDecimal("0"), null))));
        beans.close();
        assertThat(page)
                .contains("จำนวนหน่วยงาน")
                .contains("ถึงเป้าหมาย")
                .contains("ไม่มีข้อมูล")
                .doesNotContain("??");
        assertThat(page.split("<td class=\"num\"", -1)).hasSize(7);
        assertThat(page.split("<td>", -1)).hasSize(3);
    }
}
