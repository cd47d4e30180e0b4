package th.prongsai.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import th.prongsai.ita.framework.BuiltInFrameworks;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.report.document.ReportAssembler.ReportData;
import th.prongsai.report.document.ReportLayout.Memo;
import th.prongsai.report.document.ReportLayout.Paragraphs;
import th.prongsai.report.document.ReportLayout.Row;
import th.prongsai.report.document.ReportLayout.Table;
import th.prongsai.report.document.ReportLayout.TableKind;
import th.prongsai.report.document.ReportTemplate.SectionKind;
import th.prongsai.report.measure.MeasureService.MeasureView;
import th.prongsai.report.measure.MeasureStatus;
import th.prongsai.report.scores.ScoreService.IndicatorView;
import th.prongsai.report.scores.ScoreService.LevelView;
import th.prongsai.report.scores.ScoreService.ScoreView;

class ReportAssemblerTest {

    private static final ReportAssembler ASSEMBLER =
            new ReportAssembler(Clock.fixed(Instant.parse("2024-10-22T03:00:00Z"), ZoneId.of("Asia/Bangkok")));
    /** Every section that carries sentences, as the Tha Phae 2567 preset has them. */
    private static final ReportTemplate THA_PHAE = new ReportTemplate(
            "tha-phae-2567",
            "ท่าแพ",
            DigitStyle.THAI,
            List.of(
                    SectionKind.MEMO,
                    SectionKind.FRAMEWORK,
                    SectionKind.SCORES,
                    SectionKind.COMPARISON,
                    SectionKind.ANALYSIS,
                    SectionKind.MEASURES,
                    SectionKind.OUTCOME_SUMMARY),
            ReportTemplate.MeasureLayout.TABLE,
            ReportTemplate.Grouping.NONE,
            ReportTemplate.PeriodStyle.SHORT,
            List.of(
                    new ReportTemplate.Column(ReportTemplate.Field.TITLE, "มาตรการ", 50),
                    new ReportTemplate.Column(ReportTemplate.Field.OUTPUT, "ผล", 50)));

    /** A Thai letter or mark followed by a Western full stop that ends a sentence (abbreviations removed first). */
    private static final Pattern WESTERN_STOP = Pattern.compile("[\u0e01-\u0e4e]\\.(\\s|$)");

    private static final List<String> ABBREVIATIONS = List.of("ป.ป.ช.", "พ.ศ.", "โทร.", "ต.ค.", "ก.ย.");

    @Test
    void thePublishedOverallAndLevelAreQuotedAndTheComputedOneOnlyCrossChecks() {
        // Tha Phae 2567: computed 68.50, the NACC announced 68.51 (and a level the computed figure does not reach)
        ReportLayout layout = ASSEMBLER.assemble(data(score("68.50", "68.51")), THA_PHAE, DigitStyle.THAI);
        assertThat(layout.digits()).isEqualTo(DigitStyle.THAI);
        Memo memo = (Memo) layout.sections().getFirst();
        String facts = memo.body().get(1).text();
        assertThat(facts).contains("๖๘.๕๑ คะแนน ระดับ ระดับตามประกาศ").doesNotContain("๖๘.๕๐");
        Table scores = table(layout, TableKind.SCORES);
        List<String> overallRows = scores.rows().stream()
                .map(r -> String.join(" | ", r.cells()))
                .filter(r -> r.startsWith("คะแนนรวม"))
                .toList();
        assertThat(overallRows)
                .containsExactly(
                        "คะแนนรวมที่ สำนักงาน ป.ป.ช. ประกาศ | ๖๘.๕๑ | ๘๕.๐๐ | ระดับตามประกาศ",
                        "คะแนนรวมที่คำนวณจากคะแนนรายตัวชี้วัด (ใช้ตรวจสอบ) | ๖๘.๕๐ | ๘๕.๐๐ | ระดับที่คำนวณ");
        // the computed figure appears nowhere else
        assertThat(allTexts(layout).stream().filter(t -> t.contains("๖๘.๕๐"))).hasSize(1);
    }

    @Test
    void withoutAPublishedFigureTheComputedOneIsQuoted() {
        ReportLayout layout = ASSEMBLER.assemble(data(score("68.50", null)), THA_PHAE, DigitStyle.ARABIC);
        assertThat(layout.digits()).isEqualTo(DigitStyle.ARABIC);
        Memo memo = (Memo) layout.sections().getFirst();
        assertThat(memo.body().get(1).text()).contains("68.50 คะแนน ระดับ ระดับที่คำนวณ");
        assertThat(table(layout, TableKind.SCORES).rows().stream()
                        .map(Row::cells)
                        .filter(c -> c.getFirst().startsWith("คะแนนรวม")))
                .hasSize(1);
    }

    @Test
    void thaiSentencesEndWithoutAWesternFullStop() {
        for (ReportData data : List.of(data((ScoreView) null), data(score("68.50", "68.51")))) {
            ReportLayout layout = ASSEMBLER.assemble(data, THA_PHAE, DigitStyle.THAI);
            List<String> sentences = new ArrayList<>();
            layout.sections().forEach(s -> {
                switch (s) {
                    case Memo m -> m.body().forEach(p -> sentences.add(p.text()));
                    case Paragraphs p -> sentences.addAll(p.paragraphs());
                    case Table t -> {}
                }
            });
            assertThat(sentences).isNotEmpty();
            for (String sentence : sentences) {
                String plain = sentence;
                for (String abbreviation : ABBREVIATIONS) {
                    plain = plain.replace(abbreviation, "");
                }
                // numbered items ("1. ชื่อมาตรการ") start with a digit, not a Thai letter, so they are not caught
                assertThat(WESTERN_STOP.matcher(plain).find()).as(sentence).isFalse();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static ReportData data(@Nullable ScoreView scores) {
        Framework framework = BuiltInFrameworks.of(2567).orElseThrow();
        List<MeasureView> measures = List.of(measure(1, MeasureStatus.DONE), measure(2, MeasureStatus.IN_PROGRESS));
        return new ReportData(
                "thaphae",
                "เทศบาลตำบลท่าแพ",
                "0-7576-5267",
                2567,
                framework,
                measures,
                List.of(),
                Map.of(1L, "สำนักปลัดเทศบาล"),
                scores,
                null,
                null,
                "นศ 53301/653",
                List.of(new ReportLayout.ApproverBlock("ปลัดเทศบาล", null, null, null)));
    }

    private static MeasureView measure(int number, MeasureStatus status) {
        return new MeasureView(
                number,
                2567,
                number,
                "กิจกรรมที่ " + number,
                null,
                List.of(),
                List.of("ขั้นตอนเดียว"),
                List.of(1L),
                YearMonth.of(2023, 10),
                YearMonth.of(2024, 9),
                null,
                status,
                List.of(),
                "ผลการดำเนินการ",
                "ผลลัพธ์ของกิจกรรม",
                null,
                List.of(),
                List.of(),
                0,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    private static ScoreView score(String computed, String published) {
        List<IndicatorView> indicators = List.of(new IndicatorView(
                "1", "การปฏิบัติหน้าที่", "Duty", "IIT", new BigDecimal("79.10"), false, null, null, null, null));
        return new ScoreView(
                2567,
                new BigDecimal("85.00"),
                indicators,
                List.of(),
                new BigDecimal(computed),
                published == null ? null : new BigDecimal(published),
                new LevelView("C", "ระดับที่คำนวณ", "C", false),
                published == null ? null : new LevelView("B", "ระดับตามประกาศ", "B", false),
                false,
                null,
                List.of(),
                1,
                Instant.EPOCH);
    }

    private static Table table(ReportLayout layout, TableKind kind) {
        return layout.sections().stream()
                .filter(s -> s instanceof Table t && t.kind() == kind)
                .map(Table.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static List<String> allTexts(ReportLayout layout) {
        List<String> out = new ArrayList<>();
        layout.sections().forEach(s -> {
            switch (s) {
                case Memo m -> m.body().forEach(p -> out.add(p.text()));
                case Paragraphs p -> out.addAll(p.paragraphs());
                case Table t -> {
                    t.rows().forEach(r -> out.addAll(r.cells()));
                    if (t.note() != null) {
                        out.add(t.note());
                    }
                }
            }
        });
        return out;
    }
}
