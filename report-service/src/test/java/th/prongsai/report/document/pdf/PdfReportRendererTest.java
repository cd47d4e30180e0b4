package th.prongsai.report.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.ita.thai.ThaiNumbers;
import th.prongsai.report.document.ReportLayout;
import th.prongsai.report.document.ReportLayout.ApproverBlock;
import th.prongsai.report.document.ReportLayout.HeadedParagraph;
import th.prongsai.report.document.ReportLayout.Memo;
import th.prongsai.report.document.ReportLayout.Orientation;
import th.prongsai.report.document.ReportLayout.Paragraphs;
import th.prongsai.report.document.ReportLayout.Row;
import th.prongsai.report.document.ReportLayout.Table;
import th.prongsai.report.document.ReportLayout.TableKind;

class PdfReportRendererTest {

    private static final Path PREVIEWS = Path.of("target", "report-previews");
    private static final PdfReportRenderer RENDERER = new PdfReportRenderer();

    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = RENDERER.render(
                realistic("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ประจำปี พ.ศ. ๒๕๖๗", DigitStyle.THAI));
        Files.createDirectories(PREVIEWS);
        Files.write(PREVIEWS.resolve("realistic.pdf"), pdf);
    }

    @Test
    void formatAndMediaType() {
        assertThat(RENDERER.format()).isEqualTo("pdf");
        assertThat(RENDERER.mediaType()).isEqualTo("application/pdf");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void thaiWordsComeOutIntact() throws IOException {
        String text = text(pdf);
        // Words with stacked marks and sara am: shaping must not reorder what a reader copies.
        assertThat(text)
                .contains(
                        "ที่",
                        "น้ำ",
                        "ปู่",
                        "ญี่ปุ่น",
                        "ดำเนินการ",
                        "ความโปร่งใส",
                        "บันทึกข้อความ",
                        "ส่วนราชการ",
                        "ป.ป.ช.",
                        "พ.ศ.");
        assertThat(text).doesNotContain("\u200b");
        String squeezed = squeeze(text);
        for (List<String> measure : SeedMeasures.MEASURES) {
            assertThat(squeezed).as("measure title").contains(squeeze(measure.getFirst()));
        }
        for (String theme : SeedMeasures.THEMES) {
            assertThat(squeezed).contains(squeeze(theme));
        }
    }

    @Test
    void linesBreakBetweenWordsOnly(TestReporter reporter) throws IOException {
        // Where a text wrapped between two Thai letters (no space), the break is a dictionary word boundary: the
        // end of one line plus the start of the next is never inside one ICU word ("ความ", "ป.ป.ช.").
        List<String> sources = sources(realistic("x", DigitStyle.THAI));
        List<String> lines = text(pdf).lines().map(String::strip).toList();
        int checked = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String a = lines.get(i);
            String b = lines.get(i + 1);
            if (a.isEmpty() || b.isEmpty() || !isThai(a.charAt(a.length() - 1)) || !isThai(b.charAt(0))) {
                continue;
            }
            String joined = a + b;
            String source =
                    sources.stream().filter(t -> t.contains(joined)).findFirst().orElse(null);
            if (source == null) {
                continue; // not one text wrapped (a new paragraph, a neighbouring cell)
            }
            int at = source.indexOf(joined) + a.length();
            List<Integer> boundaries = new ArrayList<>();
            int pos = 0;
            for (String w : ThaiLineBreaks.segments(source)) {
                pos += w.length();
                boundaries.add(pos);
            }
            assertThat(boundaries)
                    .as("break between \"%s\" | \"%s\"", tail(a), head(b))
                    .contains(at);
            checked++;
        }
        reporter.publishEntry("Thai wraps checked against ICU boundaries", String.valueOf(checked));
        assertThat(checked).isGreaterThan(20);
    }

    private static List<String> sources(ReportLayout layout) {
        List<String> out = new ArrayList<>();
        for (var section : layout.sections()) {
            switch (section) {
                case Memo m -> {
                    out.addAll(List.of(m.agency(), m.subject()));
                    m.body().forEach(p -> out.add(p.text()));
                }
                case Paragraphs p ->
                    p.paragraphs().forEach(x -> out.addAll(x.lines().toList()));
                case Table t -> {
                    out.addAll(t.columns());
                    t.rows()
                            .forEach(r ->
                                    r.cells().forEach(c -> out.addAll(c.lines().toList())));
                }
            }
        }
        return out;
    }

    @Test
    void icuKeepsWordsAndAbbreviationsWhole() {
        assertThat(ThaiLineBreaks.segments("ความโปร่งใสของสำนักงาน ป.ป.ช. ประจำปี พ.ศ.๒๕๖๗"))
                .contains("ความ", "ป.ป.ช. ");
        assertThat(String.join("", ThaiLineBreaks.segments("ดำเนินการ"))).isEqualTo("ดำเนินการ");
    }

    @Test
    void metadataLanguageAndEmbeddedSarabun() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).startsWith("รายงานผลการดำเนินการ");
            assertThat(info.getSubject()).isEqualTo("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
            assertThat(info.getAuthor()).isEqualTo("เทศบาลตำบลท่าแพ");
            assertThat(info.getKeywords()).contains("ITA");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("th");
            List<String> fonts = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDPage page = doc.getPage(i);
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded())
                            .as("%s on page %d", f.getName(), i + 1)
                            .isTrue();
                    fonts.add(f.getName());
                }
            }
            assertThat(fonts).anyMatch(n -> n.contains("Sarabun-Regular"));
            assertThat(fonts).anyMatch(n -> n.contains("Sarabun-Bold"));
        }
    }

    @Test
    void memoPortraitTablesLandscapeHeadersRepeatedPagesNumbered() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(4);
            PDPage first = doc.getPage(0);
            assertThat(first.getMediaBox().getHeight())
                    .isGreaterThan(first.getMediaBox().getWidth());
            PDPage last = doc.getPage(pages - 1);
            assertThat(last.getMediaBox().getWidth())
                    .isGreaterThan(last.getMediaBox().getHeight());
            String total = ThaiNumbers.whole(pages, DigitStyle.THAI);
            int landscapeWithHeader = 0;
            for (int i = 1; i <= pages; i++) {
                String page = pageText(doc, i);
                assertThat(squeeze(page))
                        .as("page %d footer", i)
                        .contains(squeeze("หน้า " + ThaiNumbers.whole(i, DigitStyle.THAI) + " / " + total));
                PDPage p = doc.getPage(i - 1);
                if (p.getMediaBox().getWidth() > p.getMediaBox().getHeight()
                        && squeeze(page).contains(squeeze("หน่วยงานที่รับผิดชอบ"))
                        && squeeze(page).contains(squeeze("ผลลัพธ์หรือความสำเร็จ"))) {
                    landscapeWithHeader++;
                }
            }
            assertThat(landscapeWithHeader)
                    .as("measure table header on each of its pages")
                    .isGreaterThan(2);
        }
    }

    @Test
    void arabicPageNumbersWhenTheLayoutUsesArabicDigits() throws IOException {
        byte[] arabic = RENDERER.render(realistic("Report 2024 รายงาน", DigitStyle.ARABIC));
        try (PDDocument doc = Loader.loadPDF(arabic)) {
            assertThat(squeeze(pageText(doc, 2))).contains(squeeze("หน้า 2 / " + doc.getNumberOfPages()));
        }
    }

    @Test
    void emptyAndSparseLayoutsRender() throws IOException {
        ReportLayout.Meta meta = new ReportLayout.Meta("ว่าง", null, null, null, null, 2567, null);
        byte[] empty = RENDERER.render(new ReportLayout(meta, DigitStyle.THAI, List.of()));
        byte[] sparse = RENDERER.render(new ReportLayout(
                meta,
                DigitStyle.THAI,
                List.of(new Table(
                        TableKind.MEASURES,
                        null,
                        List.of("ก", "ข"),
                        null,
                        List.of(Row.group("กลุ่ม"), new Row(false, List.of("เฉพาะช่องแรก"))),
                        null,
                        Orientation.LANDSCAPE))));
        try (PDDocument a = Loader.loadPDF(empty);
                PDDocument b = Loader.loadPDF(sparse)) {
            assertThat(a.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(b)).contains("เฉพาะช่องแรก");
        }
    }

    /** PNG previews of every page in target/report-previews, for a person to look at (speed: bench/documents). */
    @Test
    void everyPageIsRenderedToAPreview() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 110, ImageType.RGB);
                Path png = PREVIEWS.resolve("realistic-page-%02d.png".formatted(i + 1));
                ImageIO.write(image, "png", png.toFile());
                assertThat(Files.size(png)).as("page %d", i + 1).isGreaterThan(10_000);
                // A4 at 110 dpi: 909 × 1286 portrait or the other way round landscape
                assertThat(Math.max(image.getWidth(), image.getHeight())).isBetween(1280, 1290);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A memo, the framework explained, a 10-row score table, 30 measures in 7 themes (landscape, 6 columns). */
    static ReportLayout realistic(String title, DigitStyle digits) {
        ReportLayout.Meta meta = new ReportLayout.Meta(
                title,
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                "เทศบาลตำบลท่าแพ",
                "ITA, คุณธรรม, ความโปร่งใส, ๒๕๖๗",
                "th",
                2567,
                Instant.parse("2024-10-22T03:00:00Z"));
        Memo memo = new Memo(
                "สำนักปลัดเทศบาล เทศบาลตำบลท่าแพ โทร ๐-๗๕๗๖-๕๒๖๗-๘ ต่อ ๑๑",
                "นศ ๕๓๓๐๑/๖๕๓",
                "๒๒ ตุลาคม ๒๕๖๗",
                "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของเทศบาลตำบลท่าแพ "
                        + "ประจำปีงบประมาณ พ.ศ.๒๕๖๗",
                "นายกเทศมนตรีตำบลท่าแพ",
                List.of(
                        new HeadedParagraph(
                                "เรื่องเดิม",
                                "ตามที่สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ "
                                        + "(สำนักงาน ป.ป.ช.) ได้ดำเนินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงาน"
                                        + "ภาครัฐ (Integrity and Transparency Assessment : ITA) ประจำปีงบประมาณ พ.ศ.๒๕๖๗ "
                                        + "โดยมีหลักเกณฑ์การประเมิน แบ่งออกเป็น ๓ ส่วน รวมทั้งหมด ๑๐ ตัวชี้วัด"),
                        new HeadedParagraph(
                                "ข้อเท็จจริง",
                                "เพื่อให้การประเมินคุณภาพและความโปร่งใสของเทศบาลตำบลท่าแพ "
                                        + "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เป็นไปด้วยความถูกต้องและครบถ้วนตามแบบประเมินที่สำนักงาน "
                                        + "ป.ป.ช. กำหนด โดยนำผลการประเมินมาวิเคราะห์ข้อมูลเพื่อนำมาปรับปรุงการดำเนินงานของ"
                                        + "เทศบาลตำบลท่าแพ ในส่วนที่เป็นข้อบกพร่อง โดยนำมากำหนดเป็นมาตรการ/กิจกรรมในการพัฒนา"
                                        + "เพื่อปรับปรุงองค์กรให้มีการดำเนินงานด้านคุณธรรมและความโปร่งใสของหน่วยงานอย่างชัดเจน"),
                        new HeadedParagraph(
                                "ข้อพิจารณา",
                                "สำนักปลัดเทศบาลตำบลท่าแพ ขอรายงานผลการดำเนินการเพื่อส่งเสริม"
                                        + "คุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ.๒๕๖๗ มาเพื่อทราบ")),
                "จึงเรียนมาเพื่อโปรดทราบ",
                "นางสาวกมลทิพย์ วัจนะพันธ์",
                "นักจัดการงานทั่วไปชำนาญการ",
                List.of(
                        new ApproverBlock(
                                "หัวหน้าสำนักปลัดเทศบาล",
                                "ทราบ เห็นควรเผยแพร่ทางเว็บไซต์ของหน่วยงาน",
                                "นางสายฝน ยกชู",
                                "๒๓ ต.ค. ๖๗"),
                        new ApproverBlock("ปลัดเทศบาลตำบลท่าแพ", null, null, null),
                        new ApproverBlock("นายกเทศมนตรีตำบลท่าแพ", null, null, null)));
        Paragraphs framework = new Paragraphs(
                "การประเมินคุณธรรมและความโปร่งใส (ITA)",
                List.of(
                        "ส่วนที่ ๑ : แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency "
                                + "Assessment) หรือ แบบวัด IIT โดยเปิดโอกาสให้บุคลากรภาครัฐทุกระดับ ที่ปฏิบัติงานมา ไม่น้อยกว่า "
                                + "๑ ปี ได้มีโอกาส สะท้อนและแสดงความคิดเห็นต่อคุณธรรม และความโปร่งใสของหน่วยงานตนเอง",
                        "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่\nตัวชี้วัดที่ ๒ การใช้งบประมาณ\nตัวชี้วัดที่ ๓ การใช้อำนาจ",
                        "คำทดสอบการวางสระและวรรณยุกต์: ที่ น้ำ ปู่ ญี่ปุ่น กุ้ง ปั้น ฤๅษี ฎีกา ฐาน"),
                Orientation.PORTRAIT);
        List<Row> scoreRows = new ArrayList<>();
        String[] indicators = {
            "การปฏิบัติหน้าที่",
            "การใช้งบประมาณ",
            "การใช้อำนาจ",
            "การใช้ทรัพย์สินของราชการ",
            "การแก้ไขปัญหาการทุจริต",
            "คุณภาพการดำเนินงาน",
            "ประสิทธิภาพการสื่อสาร",
            "การปรับปรุงการทำงาน",
            "การเปิดเผยข้อมูล",
            "การป้องกันการทุจริต"
        };
        for (int i = 0; i < indicators.length; i++) {
            scoreRows.add(Row.data(List.of(
                    ThaiNumbers.whole(i + 1, DigitStyle.THAI),
                    indicators[i],
                    "๘๕.๐๐",
                    ThaiNumbers.whole(70 + i * 3, DigitStyle.THAI) + ".๕๐",
                    i % 2 == 0 ? "ผ่าน" : "ไม่ผ่าน")));
        }
        Table scores = new Table(
                TableKind.SCORES,
                "ผลคะแนนรายตัวชี้วัด เทียบกับเกณฑ์ผ่าน",
                List.of("ที่", "ตัวชี้วัด", "เกณฑ์ผ่าน", "คะแนน", "ผล"),
                List.of(1, 6, 2, 2, 2),
                scoreRows,
                "หมายเหตุ: เกณฑ์ผ่าน ๘๕ คะแนน",
                Orientation.PORTRAIT);
        List<Row> measureRows = new ArrayList<>();
        for (int i = 0; i < SeedMeasures.MEASURES.size(); i++) {
            int theme = i * SeedMeasures.THEMES.size() / SeedMeasures.MEASURES.size();
            if (i == 0 || theme != (i - 1) * SeedMeasures.THEMES.size() / SeedMeasures.MEASURES.size()) {
                measureRows.add(Row.group(SeedMeasures.THEMES.get(theme)));
            }
            List<String> m = SeedMeasures.MEASURES.get(i);
            List<String> cells = new ArrayList<>();
            cells.add(ThaiNumbers.whole(i + 1, DigitStyle.THAI));
            cells.addAll(m);
            measureRows.add(Row.data(cells));
        }
        Table measures = new Table(
                TableKind.MEASURES,
                "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. ๒๕๖๗",
                List.of(
                        "ที่",
                        "มาตรการ/โครงการ/กิจกรรม",
                        "หน่วยงานที่รับผิดชอบ",
                        "ขั้นตอน/วิธีการปฏิบัติ",
                        "สรุปผลการดำเนินการตามมาตรการ/กิจกรรม",
                        "ผลลัพธ์หรือความสำเร็จของการดำเนินการ"),
                List.of(1, 6, 4, 8, 8, 6),
                measureRows,
                null,
                Orientation.LANDSCAPE);
        return new ReportLayout(meta, digits, List.of(memo, framework, scores, measures));
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static boolean isThai(char c) {
        return c >= '\u0e01' && c <= '\u0e4e'; // letters, vowels and marks, not Thai digits
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 12));
    }

    private static String head(String s) {
        return s.substring(0, Math.min(12, s.length()));
    }
}
