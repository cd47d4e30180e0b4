package th.prongsai.web.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.Problem;
import th.prongsai.web.platform.Refusals;

class OitListTest {

    private static final String TEXT = "o1\t9.1\tโครงสร้าง\tแผนผังโครงสร้าง\n\n"
            + "o42 | 10.2 | มาตรการส่งเสริมคุณธรรม | มาตรการของหน่วยงาน | รายงาน\n";

    @Test
    void linesBecomeItemsWithTheReportFlagAndBlankLinesAreLeftOut() {
        OitListText.Parsed parsed = OitListText.parse(TEXT);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.items()).hasSize(2);
        assertThat(parsed.items().get(0))
                .containsEntry("code", "o1")
                .containsEntry("subIndicator", "9.1")
                .containsEntry("nameTh", "โครงสร้าง")
                .containsEntry("evidenceTh", "แผนผังโครงสร้าง")
                .containsEntry("answeredByMeasureReport", false);
        assertThat(parsed.items().get(1))
                .as("| separates too, spaces around it trimmed")
                .containsEntry("code", "o42")
                .containsEntry("answeredByMeasureReport", true);
        assertThat(OitListText.lineOf(TEXT, 1)).as("the blank line counts").isEqualTo(3);
    }

    @Test
    void theStoredListReadsBackAsTheSameLines() {
        List<Map<String, Object>> items = OitListText.parse(TEXT).items();
        assertThat(OitListText.parse(OitListText.of(items)).items()).isEqualTo(items);
        assertThat(OitListText.of(null)).isEmpty();
    }

    @Test
    void aLineWithTooFewColumnsOrAnUnknownFlagIsRefusedByItsNumber() {
        OitListText.Parsed parsed = OitListText.parse("o1\t9.1\tโครงสร้าง\n" + "o2\t9.1\tผู้บริหาร\tรายชื่อ\tใช่\n");

        assertThat(parsed.errors())
                .containsExactly(
                        new OitListText.LineError(1, "fw.oit.error.columns"),
                        new OitListText.LineError(2, "fw.oit.error.flag"));
    }

    @Test
    void theApisRefusalsGoToTheirLineOrInputInThai() {
        FormErrors errors = OitListController.refusal(
                Refusals.invalid(
                        "validation",
                        "กรอบการประเมินไม่ถูกต้อง",
                        new Problem.FieldError(
                                "oitItems[1].subIndicator", "\"9.9\" is not a sub-indicator of tool OIT"),
                        new Problem.FieldError("oitItems[1].nameTh", "must not be blank"),
                        new Problem.FieldError("itasWindow.closes", "must not be before itasWindow.opens")),
                TEXT);

        assertThat(errors.all()).hasSize(3);
        assertThat(errors.all().get(0).labelArg()).as("item 1 is on line 3").isEqualTo(3);
        assertThat(errors.all().get(0).message().key()).isEqualTo("fw.oit.error.subIndicator");
        assertThat(errors.all().get(1).message().key()).isEqualTo("error.field.required");
        assertThat(errors.all().get(0).anchor()).isEqualTo("items");
        assertThat(errors.get("closes").key()).isEqualTo("fw.oit.error.windowOrder");
    }

    @Test
    void theWindowGoesAsBothDaysOrNeither() {
        assertThat(new OitListController.OitListForm("", "", "", "").window()).isNull();
        assertThat(new OitListController.OitListForm("", "2024-03-01", "", "").window())
                .containsEntry("opens", "2024-03-01")
                .containsEntry("closes", null);
    }
}
