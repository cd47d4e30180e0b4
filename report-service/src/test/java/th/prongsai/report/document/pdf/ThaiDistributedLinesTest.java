package th.prongsai.report.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import th.prongsai.report.document.pdf.ThaiDistributedLines.Cluster;
import th.prongsai.report.document.pdf.ThaiDistributedLines.Line;

/** The line model of Thai distributed alignment, measured with the Sarabun the PDF embeds. */
class ThaiDistributedLinesTest {

    static final float SIZE = 11f;
    static final ToDoubleFunction<String> SARABUN = s -> PdfReportRenderer.REGULAR_FONT.getWidthPoint(s, SIZE);
    /** Thai marks that sit above or below their base (and sara am's nikhahit), never a cluster's start. */
    static final Pattern MARK = Pattern.compile("[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E]");

    static final String MEMO = "สำนักงาน ป.ป.ช. กำหนดให้หน่วยงานภาครัฐเข้ารับการประเมินคุณธรรมและความโปร่งใส"
            + "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ และให้หน่วยงานจัดทำมาตรการ"
            + "ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน พร้อมรายงานผลการดำเนินการ เพื่อเป็นหลักฐานประกอบการ"
            + "ประเมินตัวชี้วัดการเปิดเผยข้อมูลที่เกี่ยวข้องกับผู้รับผิดชอบ";

    @Test
    void everyLineButTheLastFillsItsWidthWithTheSpaceBetweenClusters() {
        double first = 380, width = 450;
        List<Line> lines = ThaiDistributedLines.lines(MEMO, first, width, SIZE, SARABUN);

        assertThat(lines).hasSizeGreaterThan(2);
        for (int i = 0; i < lines.size() - 1; i++) {
            Line line = lines.get(i);
            double available = i == 0 ? first : width;
            assertThat(line.distributed()).as("line %d: %s", i, line.text()).isTrue();
            assertThat(line.end()).as("line %d fills its width", i).isCloseTo(available, within(0.01));
            // The same gap between every pair of neighbours: the extra space spread evenly.
            double gap = gapAfter(line, 0);
            for (int c = 1; c < line.clusters().size() - 1; c++) {
                assertThat(gapAfter(line, c)).isCloseTo(gap, within(0.01));
            }
            assertThat(gap).isPositive().isLessThanOrEqualTo(ThaiDistributedLines.MAX_GAP * SIZE);
        }
        Line last = lines.getLast();
        assertThat(last.distributed()).as("the last line is left-aligned").isFalse();
        assertThat(last.end()).isCloseTo(SARABUN.applyAsDouble(last.text()), within(0.01));
    }

    @Test
    void aMarkNeverLeavesItsBase() {
        List<Line> lines = ThaiDistributedLines.lines(MEMO, 380, 450, SIZE, SARABUN);
        for (Line line : lines) {
            StringBuilder text = new StringBuilder();
            for (Cluster c : line.clusters()) {
                assertThat(MARK.matcher(c.text().substring(0, 1)).matches())
                        .as("cluster %s starts with a mark", c.text())
                        .isFalse();
                text.append(c.text());
            }
            assertThat(text.toString()).isEqualTo(line.text());
        }
        // A base with its vowel and tone above, or below, is one cluster.
        assertThat(lines.stream().flatMap(l -> l.clusters().stream()).map(Cluster::text))
                .contains("ที่", "ชี้", "ผู้", "กี่");
    }

    @Test
    void linesBreakOnlyBetweenWords() {
        List<Line> lines = ThaiDistributedLines.lines(MEMO, 380, 450, SIZE, SARABUN);
        List<Integer> boundaries = new ArrayList<>();
        int sum = 0;
        for (String word : ThaiLineBreaks.segments(MEMO)) {
            sum += word.length();
            boundaries.add(sum);
        }
        int at = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            assertThat(MEMO.startsWith(text, at))
                    .as("line %d is the text that follows", i)
                    .isTrue();
            at += text.length();
            while (at < MEMO.length() && MEMO.charAt(at) == ' ') {
                at++;
            }
            if (i + 1 < lines.size()) {
                assertThat(boundaries)
                        .as("line %d ends at a word boundary: %s", i, text)
                        .contains(at);
            }
        }
        assertThat(at).as("nothing lost").isEqualTo(MEMO.length());
    }

    @Test
    void aShortParagraphAndAWrappedLongWordStayLeftAligned() {
        List<Line> one = ThaiDistributedLines.lines("จึงเรียนมาเพื่อโปรดทราบ", 380, 450, SIZE, SARABUN);
        assertThat(one)
                .singleElement()
                .satisfies(l -> assertThat(l.distributed()).isFalse());
        // A line with only a long URL and a few words: the gaps would read as spaces, so it is not spread.
        List<Line> url = ThaiDistributedLines.lines(
                "ดู https://www.trangcity.go.th/news/transparency/ita-2566/measures/report-final.pdf ต่อ",
                200,
                200,
                SIZE,
                SARABUN);
        assertThat(url).allSatisfy(l -> assertThat(l.end()).isLessThanOrEqualTo(200.01));
    }

    private static double gapAfter(Line line, int c) {
        Cluster a = line.clusters().get(c);
        Cluster b = line.clusters().get(c + 1);
        return b.x() - a.x() - SARABUN.applyAsDouble(a.text());
    }
}
