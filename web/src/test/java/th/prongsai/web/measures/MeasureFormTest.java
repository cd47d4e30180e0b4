package th.prongsai.web.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import th.prongsai.web.layout.FormErrors;

class MeasureFormTest {

    private static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            p.add(pairs[i], pairs[i + 1]);
        }
        return p;
    }

    @Test
    void rowButtonsMoveAndRemoveStepsAndKeepTheRestAsTyped() {
        MeasureForm form = MeasureForm.fromParams(params(
                "title",
                "ชื่อ",
                "methodSteps",
                "ก, มีจุลภาค",
                "methodSteps",
                "ข",
                "methodSteps",
                "ค",
                "noteDate",
                "2024-01-05",
                "noteText",
                "บันทึก"));
        assertThat(form.apply("stepUp:2").methodSteps()).containsExactly("ก, มีจุลภาค", "ค", "ข");
        assertThat(form.apply("stepDown:0").methodSteps()).containsExactly("ข", "ก, มีจุลภาค", "ค");
        assertThat(form.apply("removeStep:1").methodSteps()).containsExactly("ก, มีจุลภาค", "ค");
        assertThat(form.apply("addStep").methodSteps()).hasSize(4).last().isEqualTo("");
        assertThat(form.apply("stepUp:0").methodSteps())
                .as("the first step cannot move up")
                .containsExactly("ก, มีจุลภาค", "ข", "ค");
        assertThat(form.apply("removeStep:x")).isEqualTo(form);
        assertThat(form.apply("addLink").evidenceLinks()).hasSize(1);
        assertThat(form.apply("removeNote:0").progressNotes()).isEmpty();
        assertThat(form.apply("addStep").title()).isEqualTo("ชื่อ");
    }

    @Test
    void theRequestLeavesOutBlankRowsAndMapsTheApisIndexesBackToTheFormsRows() {
        MeasureForm form = MeasureForm.fromParams(params(
                "title",
                "ชื่อ",
                "number",
                "3",
                "status",
                "DONE",
                "methodSteps",
                "",
                "methodSteps",
                "ข",
                "linkUrl",
                "",
                "linkLabel",
                "",
                "linkUrl",
                "ftp://x",
                "linkLabel",
                "",
                "startMonth",
                "10",
                "startYear",
                "2566",
                "endMonth",
                "9",
                "endYear",
                "2567",
                "version",
                "4"));
        FormErrors errors = FormErrors.none();
        MeasureForm.Request request = form.toRequest(errors);
        assertThat(errors.any()).isFalse();
        Map<String, Object> body = request.body();
        assertThat(body)
                .containsEntry("number", 3)
                .containsEntry("startMonth", "2023-10")
                .containsEntry("endMonth", "2024-09")
                .containsEntry("version", 4L)
                .containsEntry("methodSteps", List.of("ข"));
        assertThat((List<?>) body.get("evidenceLinks")).hasSize(1);
        assertThat(request.rowOfIndex().get("methodSteps").applyAsInt(0)).isEqualTo(1);
        assertThat(request.rowOfIndex().get("evidenceLinks").applyAsInt(0)).isEqualTo(1);
    }

    @Test
    void aMonthWithoutItsYearIsAnErrorOfThePageItself() {
        FormErrors errors = FormErrors.none();
        MeasureForm.fromParams(
                        params("title", "ชื่อ", "startMonth", "10", "endMonth", "9", "endYear", "2567", "number", "x"))
                .toRequest(errors);
        assertThat(errors.has("startMonth")).isTrue();
        assertThat(errors.get("startMonth").key()).isEqualTo("measures.error.month.incomplete");
        assertThat(errors.has("number")).isTrue();
        assertThat(errors.has("endMonth")).isFalse();
    }

    @Test
    void theFormShowsTheApisMonthsAsBuddhistEraYears() {
        MeasureForm form = MeasureForm.of(Map.of(
                "title",
                "ชื่อ",
                "number",
                2,
                "status",
                "PLANNED",
                "startMonth",
                "2023-10",
                "endMonth",
                "2024-09",
                "departmentIds",
                List.of(5, 8),
                "version",
                1));
        assertThat(form.startMonth()).isEqualTo("10");
        assertThat(form.startYear()).isEqualTo("2566");
        assertThat(form.endYear()).isEqualTo("2567");
        assertThat(form.hasDepartment(8L)).isTrue();
    }
}
