package th.prongsai.report.document;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.Indicator;
import th.prongsai.ita.framework.Tool;
import th.prongsai.ita.scoring.Analysis;
import th.prongsai.ita.scoring.Focus;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.ita.thai.ThaiDates;
import th.prongsai.ita.thai.ThaiNumbers;
import th.prongsai.report.document.ReportLayout.ApproverBlock;
import th.prongsai.report.document.ReportLayout.HeadedParagraph;
import th.prongsai.report.document.ReportLayout.Memo;
import th.prongsai.report.document.ReportLayout.Orientation;
import th.prongsai.report.document.ReportLayout.Paragraphs;
import th.prongsai.report.document.ReportLayout.Row;
import th.prongsai.report.document.ReportLayout.Section;
import th.prongsai.report.document.ReportLayout.Table;
import th.prongsai.report.document.ReportLayout.TableKind;
import th.prongsai.report.document.ReportTemplate.Column;
import th.prongsai.report.document.ReportTemplate.Field;
import th.prongsai.report.measure.MeasureService.MeasureView;
import th.prongsai.report.measure.MeasureStatus;
import th.prongsai.report.measure.ThemeService.ThemeView;
import th.prongsai.report.scores.ScoreService.IndicatorView;
import th.prongsai.report.scores.ScoreService.ScoreView;

/**
 * Builds the {@link ReportLayout} of a fiscal year from its data and a template. Every figure and word that can be
 * computed is computed here (scores, changes, trend words, pass/fail, counts); nothing is typed. Digits are turned
 * Thai or Arabic in one pass at the end, so every number of the document follows the choice.
 */
@Component
class ReportAssembler {

    /** Everything a report is made from. {@code scores}, {@code analysis} and {@code peers} may be absent. */
    public record ReportData(
            String tenantCode,
            String municipality,
            @Nullable String phone,
            int fiscalYear,
            Framework framework,
            List<MeasureView> measures,
            List<ThemeView> themes,
            Map<Long, String> departments,
            @Nullable ScoreView scores,
            @Nullable Analysis analysis,
            @Nullable Paragraphs peers,
            String letterReference,
            List<ApproverBlock> approvers) {

        /** The same data with the peer standing, which is asked from analytics after the data was read. */
        ReportData withPeers(@Nullable Paragraphs peerStanding) {
            return new ReportData(
                    tenantCode,
                    municipality,
                    phone,
                    fiscalYear,
                    framework,
                    measures,
                    themes,
                    departments,
                    scores,
                    analysis,
                    peerStanding,
                    letterReference,
                    approvers);
        }
    }

    /** Scores and changes are printed with two decimals, as the NACC publishes them. */
    static final int SCORE_SCALE = 2;

    private final Clock clock;

    public ReportAssembler(Clock clock) {
        this.clock = clock;
    }

    public ReportLayout assemble(ReportData data, ReportTemplate template, DigitStyle digits) {
        String title = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. "
                + data.fiscalYear();
        List<Section> sections = new ArrayList<>();
        for (ReportTemplate.SectionKind kind : template.sections()) {
            switch (kind) {
                case MEMO -> sections.add(memo(data, title));
                case FRAMEWORK -> sections.add(framework(data.framework()));
                case SCORES -> {
                    if (data.scores() != null) {
                        sections.add(scoreTable(data.scores()));
                    }
                }
                case COMPARISON -> {
                    if (data.scores() != null && data.scores().previousFiscalYear() != null) {
                        sections.add(comparison(data.scores()));
                    }
                }
                case PEERS -> {
                    if (data.peers() != null) {
                        sections.add(data.peers());
                    }
                }
                case ANALYSIS -> {
                    if (data.analysis() != null) {
                        sections.add(analysis(data.analysis(), data));
                    }
                }
                case MEASURES -> sections.add(measures(data, template));
                case OUTCOME_SUMMARY -> sections.add(outcomes(data));
            }
        }
        Instant now = Instant.now(clock);
        ReportLayout layout = new ReportLayout(
                new ReportLayout.Meta(
                        title + " " + data.municipality(),
                        "มาตรการส่งเสริมคุณธรรมและความโปร่งใส (ITA)",
                        data.municipality(),
                        "ITA, คุณธรรมและความโปร่งใส, " + data.fiscalYear(),
                        "th-TH",
                        data.fiscalYear(),
                        now),
                DigitStyle.ARABIC,
                sections);
        return Digits.apply(layout, digits);
    }

    private Memo memo(ReportData data, String title) {
        long done = data.measures().stream()
                .filter(m -> m.status() == MeasureStatus.DONE)
                .count();
        ScoreView s = data.scores();
        String scoreLine = s == null
                ? ""
                : " ผลคะแนนการประเมิน ITA ประจำปี " + s.fiscalYear() + " ได้ " + officialOverall(s) + " คะแนน ระดับ "
                        + officialLevel(s);
        List<HeadedParagraph> body = List.of(
                new HeadedParagraph(
                        "เรื่องเดิม",
                        "สำนักงาน ป.ป.ช. กำหนดให้หน่วยงานภาครัฐเข้ารับการประเมินคุณธรรมและความโปร่งใส"
                                + "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. " + data.fiscalYear()
                                + " และให้หน่วยงานจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน พร้อมรายงานผลการดำเนินการ"),
                new HeadedParagraph(
                        "ข้อเท็จจริง",
                        data.municipality() + " ได้กำหนดมาตรการ "
                                + data.measures().size() + " มาตรการ ดำเนินการแล้ว " + done + " มาตรการ" + scoreLine),
                new HeadedParagraph(
                        "ข้อพิจารณา",
                        "เห็นควรเผยแพร่รายงานผลการดำเนินการตามมาตรการฯ บนเว็บไซต์หลักของหน่วยงาน"
                                + " เพื่อเป็นหลักฐานประกอบการประเมินตัวชี้วัดการเปิดเผยข้อมูล"));
        String agency = "สำนักปลัดเทศบาล " + data.municipality()
                + (data.phone() == null || data.phone().isBlank() ? "" : " โทร. " + data.phone());
        return new Memo(
                agency,
                data.letterReference(),
                ThaiDates.longDate(LocalDate.now(clock), DigitStyle.ARABIC),
                title,
                "นายกเทศมนตรี",
                body,
                "จึงเรียนมาเพื่อโปรดทราบ",
                "....................................",
                "เจ้าหน้าที่ผู้รับผิดชอบ",
                data.approvers());
    }

    /**
     * The overall a sentence quotes: the one the NACC published when there is one (that is the municipality's
     * result), the computed figure only without it; the computed one stays in the score table as the cross-check.
     */
    static String officialOverall(ScoreView s) {
        return score(s.publishedOverall() != null ? s.publishedOverall() : s.overall());
    }

    static String officialLevel(ScoreView s) {
        return (s.publishedLevel() != null ? s.publishedLevel() : s.level()).labelTh();
    }

    private static Paragraphs framework(Framework framework) {
        List<String> lines = new ArrayList<>();
        lines.add("การประเมิน ITA ประจำปีงบประมาณ พ.ศ. " + framework.fiscalYear() + " ใช้เครื่องมือ "
                + framework.tools().size() + " เครื่องมือ "
                + framework.indicators().size()
                + " ตัวชี้วัด หน่วยงานที่ได้คะแนนตั้งแต่ "
                + framework.passMark().toPlainString() + " คะแนนขึ้นไปถือว่าผ่านเกณฑ์");
        for (Tool tool : framework.tools()) {
            lines.add(tool.code() + " " + tool.nameTh() + " (น้ำหนักร้อยละ "
                    + tool.weight().toPlainString() + "): "
                    + tool.indicators().stream()
                            .map(i -> "ตัวชี้วัดที่ " + i.code() + " " + i.nameTh())
                            .collect(Collectors.joining(", ")));
        }
        return new Paragraphs("กรอบการประเมิน ITA", lines, Orientation.PORTRAIT);
    }

    private static Table scoreTable(ScoreView scores) {
        List<Row> rows = new ArrayList<>();
        for (IndicatorView i : scores.indicators()) {
            rows.add(Row.data(List.of(
                    i.code() + ". " + i.nameTh(),
                    score(i.score()),
                    scores.passMark().toPlainString(),
                    i.passed() ? "ผ่าน" : "ไม่ผ่าน")));
        }
        String note = null;
        if (scores.publishedOverall() != null) {
            rows.add(Row.data(List.of(
                    "คะแนนรวมที่ สำนักงาน ป.ป.ช. ประกาศ",
                    officialOverall(scores),
                    scores.passMark().toPlainString(),
                    officialLevel(scores))));
            rows.add(Row.data(List.of(
                    "คะแนนรวมที่คำนวณจากคะแนนรายตัวชี้วัด (ใช้ตรวจสอบ)",
                    score(scores.overall()),
                    scores.passMark().toPlainString(),
                    scores.level().labelTh())));
            note = "ผลการประเมินที่อ้างอิงในรายงานนี้คือคะแนนที่ สำนักงาน ป.ป.ช. ประกาศ";
        } else {
            rows.add(Row.data(List.of(
                    "คะแนนรวม (คำนวณ)",
                    score(scores.overall()),
                    scores.passMark().toPlainString(),
                    scores.level().labelTh())));
        }
        return new Table(
                TableKind.SCORES,
                "ผลคะแนนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. " + scores.fiscalYear() + " เทียบกับเกณฑ์ผ่าน",
                List.of("ตัวชี้วัด", "คะแนน", "เกณฑ์", "ผลการประเมิน"),
                List.of(52, 16, 16, 16),
                rows,
                note,
                Orientation.PORTRAIT);
    }

    private static Table comparison(ScoreView scores) {
        List<Row> rows = new ArrayList<>();
        for (IndicatorView i : scores.indicators()) {
            rows.add(Row.data(List.of(
                    i.code() + ". " + i.nameTh(),
                    i.previousScore() == null ? "-" : score(i.previousScore()),
                    score(i.score()),
                    i.change() == null ? "-" : signed(i.change()),
                    i.trendTh() == null ? "-" : i.trendTh())));
        }
        return new Table(
                TableKind.COMPARISON,
                "เปรียบเทียบผลคะแนนปี " + scores.previousFiscalYear() + " และ " + scores.fiscalYear(),
                List.of(
                        "ตัวชี้วัด",
                        "ปี " + scores.previousFiscalYear(),
                        "ปี " + scores.fiscalYear(),
                        "เปลี่ยนแปลง",
                        "แนวโน้ม"),
                List.of(44, 14, 14, 14, 14),
                rows,
                null,
                Orientation.PORTRAIT);
    }

    private static Paragraphs analysis(Analysis analysis, ReportData data) {
        List<String> lines = new ArrayList<>();
        lines.add("จากผลการประเมินปี " + analysis.basedOnFiscalYear() + " ตัวชี้วัดที่ควรพัฒนาในปี "
                + analysis.fiscalYear() + " มี " + analysis.focus().size() + " ตัวชี้วัด ดังนี้");
        for (Focus f : analysis.focus()) {
            List<String> reasons = new ArrayList<>();
            if (f.belowPassMark()) {
                reasons.add("ต่ำกว่าเกณฑ์");
            }
            if (f.dropped()) {
                reasons.add("คะแนนลดลง " + signed(f.indicator().change()));
            }
            lines.add(
                    "ตัวชี้วัดที่ " + f.indicator().code() + " " + f.indicator().nameTh() + " ได้ "
                            + score(f.indicator().score()) + " คะแนน (" + String.join(", ", reasons) + ")");
        }
        return new Paragraphs("การวิเคราะห์ผลการประเมินปีที่ผ่านมา", lines, Orientation.PORTRAIT);
    }

    private Table measures(ReportData data, ReportTemplate template) {
        Map<Long, ThemeView> themes =
                data.themes().stream().collect(Collectors.toMap(ThemeView::id, Function.identity()));
        Map<String, List<MeasureView>> groups = new LinkedHashMap<>();
        for (MeasureView m : data.measures()) {
            String group = switch (template.grouping()) {
                case NONE -> "";
                case THEME ->
                    m.themeId() == null || !themes.containsKey(m.themeId())
                            ? "ไม่ระบุประเด็น"
                            : "ประเด็นที่ " + themes.get(m.themeId()).number() + " "
                                    + themes.get(m.themeId()).title();
                case INDICATOR ->
                    m.indicatorCodes().isEmpty()
                            ? "ไม่ระบุตัวชี้วัด"
                            : indicatorTitle(
                                    data.framework(), m.indicatorCodes().getFirst());
            };
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(m);
        }
        if (template.grouping() == ReportTemplate.Grouping.THEME) {
            // Themes in their own order, measures without a theme last.
            Map<String, List<MeasureView>> ordered = new LinkedHashMap<>();
            data.themes().forEach(t -> {
                String key = "ประเด็นที่ " + t.number() + " " + t.title();
                if (groups.containsKey(key)) {
                    ordered.put(key, groups.remove(key));
                }
            });
            ordered.putAll(groups);
            groups.clear();
            groups.putAll(ordered);
        }
        List<Row> rows = new ArrayList<>();
        boolean blocks = template.measureLayout() == ReportTemplate.MeasureLayout.BLOCKS;
        for (Map.Entry<String, List<MeasureView>> group : groups.entrySet()) {
            if (!group.getKey().isEmpty()) {
                rows.add(Row.group(group.getKey()));
            }
            for (MeasureView m : group.getValue()) {
                if (blocks) {
                    rows.add(Row.group("มาตรการที่ " + m.number()));
                    for (Column column : template.columns()) {
                        rows.add(Row.data(List.of(column.heading(), cell(column.field(), m, data, template))));
                    }
                } else {
                    rows.add(Row.data(template.columns().stream()
                            .map(c -> cell(c.field(), m, data, template))
                            .toList()));
                }
            }
        }
        String heading = "ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. "
                + data.fiscalYear() + " " + data.municipality();
        return blocks
                ? new Table(
                        TableKind.MEASURES,
                        heading,
                        List.of("หัวข้อ", "รายละเอียด"),
                        List.of(28, 72),
                        rows,
                        null,
                        Orientation.PORTRAIT)
                : new Table(
                        TableKind.MEASURES,
                        heading,
                        template.columns().stream().map(Column::heading).toList(),
                        template.columns().stream().map(Column::width).toList(),
                        rows,
                        null,
                        Orientation.LANDSCAPE);
    }

    private static String indicatorTitle(Framework framework, String code) {
        String top = code.split("\\.")[0];
        return framework
                .indicator(top)
                .map(Indicator::nameTh)
                .map(n -> "ตัวชี้วัดที่ " + top + " " + n)
                .orElse("ตัวชี้วัดที่ " + top);
    }

    private static String cell(Field field, MeasureView m, ReportData data, ReportTemplate template) {
        return switch (field) {
            case TITLE -> m.number() + ". " + m.title();
            case METHOD -> m.methodSteps().size() == 1 ? m.methodSteps().getFirst() : numbered(m.methodSteps());
            case DEPARTMENTS ->
                m.departmentIds().stream().map(data.departments()::get).collect(Collectors.joining("\n"));
            case PERIOD -> period(m.startMonth(), m.endMonth(), template.periodStyle());
            case MONITORING -> text(m.monitoring());
            case STATUS -> m.status().labelTh();
            case OUTPUT ->
                m.status() == MeasureStatus.NOT_DONE && m.outputSummary() == null
                        ? MeasureStatus.NOT_DONE.labelTh()
                        : text(m.outputSummary());
            case OUTCOME -> text(m.outcome());
            case RECOMMENDATION -> text(m.recommendation());
            case INDICATORS -> String.join(", ", m.indicatorCodes());
            case EVIDENCE ->
                m.evidenceLinks().stream()
                        .map(l -> l.label() == null ? l.url() : l.label() + " " + l.url())
                        .collect(Collectors.joining("\n"));
        };
    }

    private static Paragraphs outcomes(ReportData data) {
        Map<MeasureStatus, Long> counts =
                data.measures().stream().collect(Collectors.groupingBy(MeasureView::status, Collectors.counting()));
        List<String> lines = new ArrayList<>();
        lines.add("มาตรการทั้งหมด " + data.measures().size() + " มาตรการ: "
                + List.of(MeasureStatus.values()).stream()
                        .filter(counts::containsKey)
                        .map(s -> s.labelTh() + " " + counts.get(s) + " มาตรการ")
                        .collect(Collectors.joining(", ")));
        data.measures().stream()
                .filter(m -> m.outcome() != null && !m.outcome().isBlank())
                .forEach(m -> lines.add(m.number() + ". " + m.title() + ": " + m.outcome()));
        return new Paragraphs("สรุปผลลัพธ์การดำเนินการ", lines, Orientation.PORTRAIT);
    }

    static String period(YearMonth start, YearMonth end, ReportTemplate.PeriodStyle style) {
        if (start == null) {
            return "";
        }
        return style == ReportTemplate.PeriodStyle.LONG
                ? ThaiDates.longMonth(start, DigitStyle.ARABIC) + " ถึง " + ThaiDates.longMonth(end, DigitStyle.ARABIC)
                : ThaiDates.shortMonth(start, DigitStyle.ARABIC) + " - " + ThaiDates.shortMonth(end, DigitStyle.ARABIC);
    }

    private static String numbered(List<String> steps) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            lines.add((i + 1) + ". " + steps.get(i));
        }
        return String.join("\n", lines);
    }

    /** A score as every score of the report: two decimals, in Arabic digits until the layout's style is applied. */
    static String score(BigDecimal value) {
        return ThaiNumbers.decimal(value, SCORE_SCALE, DigitStyle.ARABIC);
    }

    private static String signed(BigDecimal change) {
        return ThaiNumbers.signedChange(change, SCORE_SCALE, DigitStyle.ARABIC);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
