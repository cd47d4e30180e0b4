package th.prongsai.web.oit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.Problem;
import th.prongsai.web.platform.Refusals;

class OitPagesTest {

    @Test
    void theFormSendsOneUrlPerNonBlankLineAndKeepsWhatDoesNotParseForTheApiToName() {
        OitAnswerForm form = OitAnswerForm.typed(Map.of(
                "hasData", "true",
                "urls", " https://thaphae.go.th/o1 \r\n\r\nhttps://thaphae.go.th/o1-2\n  ",
                "explanation", "  เมนู เกี่ยวกับเรา  ",
                "departmentId", "abc",
                "dueDate", "2567-02-30",
                "version", "3"));

        Map<String, Object> body = form.body();

        assertThat(body.get("hasData")).isEqualTo(true);
        assertThat(body.get("urls")).isEqualTo(List.of("https://thaphae.go.th/o1", "https://thaphae.go.th/o1-2"));
        assertThat(body.get("explanation")).isEqualTo("เมนู เกี่ยวกับเรา");
        assertThat(body.get("departmentId")).as("not a number: left out").isNull();
        assertThat(body.get("dueDate")).as("sent as typed").isEqualTo("2567-02-30");
        assertThat(body.get("version")).isEqualTo(3L);
        assertThat(OitAnswerForm.typed(Map.of()).body().get("hasData"))
                .as("no choice made")
                .isNull();
    }

    @Test
    void aStoredAnswerFillsTheFormAndNewOneIsBlank() {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("hasData", false);
        stored.put("urls", List.of());
        stored.put("departmentId", 7);
        stored.put("dueDate", "2567-03-15");
        stored.put("version", 2);
        OitAnswerForm form = OitAnswerForm.of(stored);
        assertThat(form.hasData()).isEqualTo("false");
        assertThat(form.departmentId()).isEqualTo("7");
        assertThat(form.version()).isEqualTo("2");
        assertThat(form.withVersion("5").version()).isEqualTo("5");
        assertThat(OitAnswerForm.of(Map.of("urls", List.of())).hasData()).isEmpty();
    }

    @Test
    void itemsGoUnderTheirSubIndicatorInTheFrameworksOrderWithItsName() {
        Map<String, Object> framework = Map.of(
                "tools",
                List.of(Map.of(
                        "code",
                        "OIT",
                        "indicators",
                        List.of(
                                Map.of(
                                        "code",
                                        "9",
                                        "subIndicators",
                                        List.of(Map.of("code", "9.1", "nameTh", "ข้อมูลพื้นฐาน", "nameEn", "Basic"))),
                                Map.of(
                                        "code",
                                        "10",
                                        "subIndicators",
                                        List.of(Map.of("code", "10.2", "nameTh", "มาตรการภายใน")))))));
        List<Map<String, Object>> items = List.of(
                Map.of("code", "o1", "subIndicator", "9.1"),
                Map.of("code", "o2", "subIndicator", "9.1"),
                Map.of("code", "o42", "subIndicator", "10.2"));

        List<OitGroups> groups = OitGroups.of(framework, items);

        assertThat(groups).extracting(OitGroups::code).containsExactly("9.1", "10.2");
        assertThat(groups.get(0).nameTh()).isEqualTo("ข้อมูลพื้นฐาน");
        assertThat(groups.get(0).items()).hasSize(2);
        assertThat(groups.get(1).nameEn()).as("no English name: the Thai one").isEqualTo("มาตรการภายใน");
    }

    @Test
    void theItasListHasALinePerUrlAndOneForAnItemWithoutAny() {
        List<ItasRows> rows = ItasRows.of(List.of(
                Map.of(
                        "code", "o1",
                        "nameTh", "โครงสร้าง",
                        "hasData", true,
                        "urls", List.of("https://a.go.th/1", "https://a.go.th/2"),
                        "explanation", "หัวข้อ โครงสร้าง"),
                Map.of("code", "o2", "nameTh", "ข้อมูลผู้บริหาร", "urls", List.of()),
                Map.of("code", "o3", "nameTh", "อำนาจหน้าที่", "hasData", false, "urls", List.of())));

        assertThat(rows)
                .extracting(ItasRows::code, ItasRows::answerTh, ItasRows::url)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("o1", "มี", "https://a.go.th/1"),
                        org.assertj.core.groups.Tuple.tuple("o1", "มี", "https://a.go.th/2"),
                        org.assertj.core.groups.Tuple.tuple("o2", "", ""),
                        org.assertj.core.groups.Tuple.tuple("o3", "ไม่มี", ""));
        assertThat(rows.get(0).explanation()).isEqualTo("หัวข้อ โครงสร้าง");
    }

    @Test
    void theApisRefusalsGoToTheirInputInThai() {
        FormErrors errors = OitErrors.from(Refusals.invalid(
                "validation",
                "ข้อมูลไม่ถูกต้อง",
                new Problem.FieldError("urls[1]", "must be an absolute http or https address"),
                new Problem.FieldError("departmentId", "is not a department of this municipality"),
                new Problem.FieldError("hasData", "must not be null"),
                new Problem.FieldError("explanation", "size must be between 0 and 2000")));

        assertThat(errors.get("urls").key()).isEqualTo("oit.error.url");
        assertThat(errors.get("departmentId").key()).isEqualTo("oit.error.department");
        assertThat(errors.get("hasData").key()).isEqualTo("error.field.required");
        assertThat(errors.get("explanation").key()).isEqualTo("error.field.length");
        assertThat(errors.all())
                .extracting(FormErrors.Issue::field)
                .as("in the form's order")
                .containsExactly("hasData", "urls", "explanation", "departmentId");
        assertThat(errors.all().get(1).labelKey()).isEqualTo("oit.field.urls");
    }
}
