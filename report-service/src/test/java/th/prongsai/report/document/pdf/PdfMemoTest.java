package th.prongsai.report.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import th.prongsai.report.document.PresetLayouts;
import th.prongsai.report.document.ReportLayout;
import th.prongsai.report.document.ReportTemplate;

/** The memo of every preset on one page with all its approvers; its text copies in reading order. */
class PdfMemoTest {

    private static final PdfReportRenderer RENDERER = new PdfReportRenderer();

    @Test
    void theMemoAndEveryApproversBlockFitOnePageForEveryPresetAndChainsOfUpToFive() throws IOException {
        Files.createDirectories(Path.of("target", "report-previews"));
        for (ReportTemplate preset : PresetLayouts.PRESETS) {
            for (int approvers = 1; approvers <= 5; approvers++) {
                for (boolean signed : new boolean[] {false, true}) {
                    ReportLayout layout = PresetLayouts.withMemo(preset, approvers, signed);
                    byte[] pdf = RENDERER.render(layout);
                    if (approvers == 5) {
                        Files.write(
                                Path.of(
                                        "target",
                                        "report-previews",
                                        "memo-%s-%s.pdf".formatted(preset.code(), signed ? "signed" : "blank")),
                                pdf);
                    }
                    try (PDDocument doc = Loader.loadPDF(pdf)) {
                        if (approvers == 5) {
                            // the preview a person looks at (target/report-previews)
                            ImageIO.write(
                                    new PDFRenderer(doc).renderImageWithDPI(0, 80),
                                    "png",
                                    Path.of(
                                                    "target",
                                                    "report-previews",
                                                    "memo-%s-%s.png"
                                                            .formatted(preset.code(), signed ? "signed" : "blank"))
                                            .toFile());
                        }
                        String first = squeeze(page(doc, 1));
                        String second = doc.getNumberOfPages() > 1 ? squeeze(page(doc, 2)) : "";
                        String what =
                                "%s, %d approvers, %s".formatted(preset.code(), approvers, signed ? "signed" : "blank");
                        assertThat(first)
                                .as(what)
                                .contains(squeeze("บันทึกข้อความ"), squeeze("จึงเรียนมาเพื่อโปรดทราบ"));
                        for (int i = 0; i < approvers; i++) {
                            String heading = squeeze("ความเห็น" + PresetLayouts.POSITIONS.get(i));
                            assertThat(first)
                                    .as(what + ": block %d on the memo's page", i + 1)
                                    .contains(heading);
                        }
                        assertThat(second)
                                .as(what + ": nothing of the memo on page 2")
                                .doesNotContain("ความเห็น")
                                .doesNotContain(squeeze("(ลงชื่อ)"));
                    }
                }
            }
        }
    }

    @Test
    void copiedTextOfTheMemoComesInReadingOrder() throws IOException {
        for (ReportTemplate preset : PresetLayouts.PRESETS) {
            ReportLayout layout = PresetLayouts.withMemo(preset, 3, true);
            try (PDDocument doc = Loader.loadPDF(RENDERER.render(layout))) {
                // as a viewer copies it: content-stream order, not sorted by position
                String copied = squeeze(page(doc, 1));
                List<String> order = List.of(
                        "บันทึกข้อความ",
                        "ส่วนราชการ",
                        "ที่นศ",
                        "วันที่",
                        "เรื่อง",
                        "เรียน",
                        "เรื่องเดิม",
                        "ข้อเท็จจริง",
                        "ข้อพิจารณา",
                        "จึงเรียนมาเพื่อโปรดทราบ",
                        "ความเห็น");
                int at = -1;
                for (String label : order) {
                    int next = copied.indexOf(squeeze(label), at + 1);
                    assertThat(next)
                            .as("%s: \"%s\" after the previous label in %s", preset.code(), label, copied)
                            .isGreaterThan(at);
                    at = next;
                }
            }
        }
    }

    private static String page(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
