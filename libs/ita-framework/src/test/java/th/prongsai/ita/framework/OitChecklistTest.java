package th.prongsai.ita.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static th.prongsai.ita.framework.FrameworkFixtures.small;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OIT checklist and ITAS window of a framework: the built-in lists, their JSON and their rules. */
class OitChecklistTest {

    private static final ItasWindow WINDOW_2567 = new ItasWindow(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30));

    private static OitItem item(String code, String sub) {
        return new OitItem(code, "รายการ " + code, sub, "หลักฐานของ " + code, false);
    }

    private static Framework withItems(List<OitItem> items, ItasWindow window) {
        return small().withOit(items, window, null);
    }

    private static List<String> fields(Framework f) {
        return FrameworkValidator.validate(f).stream().map(Violation::field).toList();
    }

    @Test
    void the2564ListIsCompleteInItasOrderAndTheMeasureReportAnswersO42AndO43() {
        Framework f = BuiltInFrameworks.of(2564).orElseThrow();
        assertThat(f.oitItems())
                .extracting(OitItem::code)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 43).mapToObj(i -> "o" + i).toList());
        assertThat(f.oitItem("o1").orElseThrow().nameTh()).isEqualTo("โครงสร้าง");
        assertThat(f.oitItem("o17").orElseThrow().nameTh()).isEqualTo("E-Service");
        assertThat(f.oitItem("o17").orElseThrow().subIndicator()).isEqualTo("9.2");
        assertThat(f.oitItem("o33").orElseThrow().subIndicator()).isEqualTo("9.5");
        assertThat(f.oitItem("o34").orElseThrow().indicator()).isEqualTo("10");
        assertThat(f.oitItems().stream().filter(OitItem::answeredByMeasureReport))
                .extracting(OitItem::code)
                .containsExactly("o42", "o43");
        assertThat(f.oitItems())
                .allSatisfy(item -> assertThat(item.evidenceTh()).isNotBlank());
    }

    @Test
    void the2566ListIsReshuffledAroundNoGiftAndEthics() {
        Framework f = BuiltInFrameworks.of(2566).orElseThrow();
        assertThat(f.oitItems()).hasSize(43);
        assertThat(f.oitItem("o10").orElseThrow().nameTh()).isEqualTo("นโยบายคุ้มครองข้อมูลส่วนบุคคล");
        assertThat(f.oitItem("o18").orElseThrow().nameTh()).isEqualTo("E-Service");
        assertThat(f.oitItem("o31").orElseThrow().nameTh()).contains("No Gift Policy");
        assertThat(f.oitItem("o39").orElseThrow().nameTh()).isEqualTo("ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ");
        assertThat(f.oitItems().stream().filter(OitItem::answeredByMeasureReport))
                .extracting(OitItem::code)
                .containsExactly("o42", "o43");
        assertThat(f.oitNoteTh()).contains("2564");
    }

    @ParameterizedTest
    @ValueSource(ints = {2563, 2565, 2567, 2568})
    void yearsWithoutAConfirmedListShipNoneAndSaySo(int year) {
        Framework f = BuiltInFrameworks.of(year).orElseThrow();
        assertThat(f.oitItems()).isEmpty();
        assertThat(f.oitNoteTh()).contains("ผู้ดูแลระดับประเทศ");
    }

    @ParameterizedTest
    @ValueSource(ints = {2563, 2564, 2565, 2566, 2567, 2568})
    void everyYearHasAWindowFromTheFirstOfMarchToTheEndOfAprilInsideTheFiscalYear(int year) {
        ItasWindow window = BuiltInFrameworks.of(year).orElseThrow().itasWindow();
        int ce = year - 543;
        assertThat(window).isEqualTo(new ItasWindow(LocalDate.of(ce, 3, 1), LocalDate.of(ce, 4, 30)));
    }

    @Test
    void roundTripsTheItemsWindowAndNote() {
        Framework f = small().withOit(List.of(item("o1", "9.1")), WINDOW_2567, "ยังไม่ยืนยัน");
        String json = FrameworkJson.write(f);
        assertThat(json)
                .contains("\"subIndicator\" : \"9.1\"")
                .contains("\"opens\" : \"2024-03-01\"")
                .contains("\"oitNoteTh\" : \"ยังไม่ยืนยัน\"");
        assertThat(FrameworkJson.parse(json)).isEqualTo(f);
    }

    @Test
    void aFrameworkStoredBeforeTheOitFieldsStillReads() {
        String json = FrameworkJson.write(small()).replaceAll("(?s),\\s*\"oitItems\".*\"oitNoteTh\" : null", "");
        assertThat(json).doesNotContain("oitItems");
        Framework parsed = FrameworkJson.parse(json);
        assertThat(parsed.oitItems()).isEmpty();
        assertThat(parsed.itasWindow()).isNull();
        assertThat(parsed).isEqualTo(small());
    }

    @Test
    void acceptsAValidChecklist() {
        assertThat(fields(withItems(List.of(item("o1", "9.1"), item("o2", "9.1")), WINDOW_2567)))
                .isEmpty();
    }

    @Test
    void refusesDuplicateAndMalformedCodes() {
        assertThat(fields(withItems(List.of(item("o1", "9.1"), item("o1", "9.1"), item("o 3", "9.1")), null)))
                .containsExactly("oitItems[1].code", "oitItems[2].code");
    }

    @Test
    void refusesASubIndicatorOutsideToolOit() {
        // "1" is an IIT indicator and "9.9" does not exist: neither can hold an OIT item.
        assertThat(fields(withItems(List.of(item("o1", "1"), item("o2", "9.9"), item("o3", " ")), null)))
                .containsExactly("oitItems[0].subIndicator", "oitItems[1].subIndicator", "oitItems[2].subIndicator");
    }

    @Test
    void refusesBlankTitlesAndEvidence() {
        OitItem blank = new OitItem("o1", " ", "9.1", "", false);
        assertThat(fields(withItems(List.of(blank), null)))
                .containsExactly("oitItems[0].nameTh", "oitItems[0].evidenceTh");
    }

    @Test
    void refusesAWindowThatClosesBeforeItOpensOrLiesOutsideTheFiscalYear() {
        assertThat(fields(withItems(List.of(), new ItasWindow(LocalDate.of(2024, 4, 30), LocalDate.of(2024, 3, 1)))))
                .containsExactly("itasWindow.closes");
        // 2567 written as a Common-Era year by mistake would open in 2567 CE.
        assertThat(fields(withItems(List.of(), new ItasWindow(LocalDate.of(2567, 3, 1), LocalDate.of(2567, 4, 30)))))
                .containsExactly("itasWindow.opens", "itasWindow.closes");
        assertThat(fields(withItems(List.of(), new ItasWindow(null, null))))
                .containsExactly("itasWindow.opens", "itasWindow.closes");
    }

    @Test
    void refusesABlankNote() {
        assertThat(fields(small().withOit(List.of(), null, " "))).containsExactly("oitNoteTh");
    }

    @Test
    void namesTheFieldOfABadDateOrFlagInTheJson() {
        String json = FrameworkJson.write(small().withOit(List.of(item("o1", "9.1")), WINDOW_2567, null))
                .replace("\"2024-03-01\"", "\"1 มี.ค. 2567\"")
                .replace("\"answeredByMeasureReport\" : false", "\"answeredByMeasureReport\" : \"no\"");
        try {
            FrameworkJson.parse(json);
            throw new AssertionError("expected an InvalidFrameworkException");
        } catch (InvalidFrameworkException e) {
            assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("oitItems[0].answeredByMeasureReport", "itasWindow.opens");
        }
    }
}
