package th.prongsai.report.document;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import th.prongsai.ita.framework.BuiltInFrameworks;
import th.prongsai.report.document.ReportAssembler.ReportData;
import th.prongsai.report.document.ReportLayout.ApproverBlock;
import th.prongsai.report.document.ReportTemplate.SectionKind;
import th.prongsai.report.measure.MeasureService.MeasureView;
import th.prongsai.report.measure.MeasureStatus;
import th.prongsai.report.scores.ScoreService.IndicatorView;
import th.prongsai.report.scores.ScoreService.LevelView;
import th.prongsai.report.scores.ScoreService.ScoreView;
import tools.jackson.databind.json.JsonMapper;

/** Layouts made by the real assembler from the five presets, with the memo's worst cases (long names, 5 approvers). */
public final class PresetLayouts {

    public static final List<ReportTemplate> PRESETS = new ReportTemplates(JsonMapper.shared(), null).presets();

    private static final ReportAssembler ASSEMBLER =
            new ReportAssembler(Clock.fixed(Instant.parse("2024-10-22T03:00:00Z"), ZoneId.of("Asia/Bangkok")));

    /** The chain's positions, longest first (issue 15: up to five approvers). */
    public static final List<String> POSITIONS =
            List.of("หัวหน้าสำนักปลัดเทศบาล", "รองปลัดเทศบาล", "ปลัดเทศบาล", "รองนายกเทศมนตรี", "นายกเทศมนตรี");

    private PresetLayouts() {}

    /** The preset's layout with a memo in front even when the preset has none (a tenant's template may add one). */
    public static ReportLayout withMemo(ReportTemplate preset, int approvers, boolean signed) {
        List<SectionKind> sections = new ArrayList<>(preset.sections());
        if (!sections.contains(SectionKind.MEMO)) {
            sections.addFirst(SectionKind.MEMO);
        }
        ReportTemplate template = new ReportTemplate(
                preset.code(),
                preset.nameTh(),
                preset.digits(),
                sections,
                preset.measureLayout(),
                preset.grouping(),
                preset.periodStyle(),
                preset.columns());
        return ASSEMBLER.assemble(data(approvers, signed), template, preset.digits());
    }

    static ReportData data(int approvers, boolean signed) {
        List<ApproverBlock> blocks = new ArrayList<>();
        for (int i = 0; i < approvers; i++) {
            blocks.add(
                    signed
                            ? new ApproverBlock(
                                    POSITIONS.get(i),
                                    "ทราบ เห็นควรเผยแพร่รายงานบนเว็บไซต์หลักของหน่วยงาน"
                                            + " และนำเสนอผู้บังคับบัญชาตามลำดับเพื่อโปรดพิจารณาสั่งการต่อไป",
                                    "นางสาวพรรณิภา ศรีสุวรรณวงศ์ชัย",
                                    "23 ตุลาคม 2567")
                            : new ApproverBlock(POSITIONS.get(i), null, null, null));
        }
        List<MeasureView> measures = new ArrayList<>();
        for (int n = 1; n <= 23; n++) {
            measures.add(new MeasureView(
                    n,
                    2567,
                    n,
                    "กิจกรรมส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง ที่ " + n,
                    null,
                    List.of("9.1"),
                    List.of("จัดทำข้อมูลและเผยแพร่บนเว็บไซต์หลัก", "รายงานผู้บริหาร"),
                    List.of(1L),
                    YearMonth.of(2023, 10),
                    YearMonth.of(2024, 9),
                    "รายงานทุกไตรมาส",
                    n % 4 == 0 ? MeasureStatus.IN_PROGRESS : MeasureStatus.DONE,
                    List.of(),
                    "ดำเนินการครบถ้วน",
                    "ประชาชนเข้าถึงข้อมูลได้ง่ายขึ้น",
                    "ควรดำเนินการต่อเนื่อง",
                    List.of(),
                    List.of(),
                    0,
                    Instant.EPOCH,
                    Instant.EPOCH));
        }
        List<IndicatorView> indicators = List.of(new IndicatorView(
                "9",
                "การเปิดเผยข้อมูล",
                "Disclosure",
                "OIT",
                new BigDecimal("63.57"),
                false,
                new BigDecimal("80.00"),
                new BigDecimal("-16.43"),
                null,
                "ลดลง"));
        ScoreView scores = new ScoreView(
                2567,
                new BigDecimal("85.00"),
                indicators,
                List.of(),
                new BigDecimal("68.50"),
                new BigDecimal("68.51"),
                new LevelView("C", "ระดับ C", "C", false),
                new LevelView("C", "ระดับ C", "C", false),
                false,
                2566,
                List.of(),
                1,
                Instant.EPOCH);
        return new ReportData(
                "banmai",
                "เทศบาลเมืองบ้านใหม่ไชยพจน์สามัคคีพัฒนา",
                "0-7576-5267-8 ต่อ 11",
                2567,
                BuiltInFrameworks.of(2567).orElseThrow(),
                measures,
                List.of(),
                Map.of(1L, "สำนักปลัดเทศบาล"),
                scores,
                null,
                null,
                "นศ 53301/653",
                blocks);
    }
}
