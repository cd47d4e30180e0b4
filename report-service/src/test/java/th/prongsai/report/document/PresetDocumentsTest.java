package th.prongsai.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import th.prongsai.report.document.docx.DocxRenderer;
import th.prongsai.report.document.pdf.PdfReportRenderer;

/**
 * Every preset as PDF and DOCX in target/report-previews/presets, for bench/documents/check.sh to convert with
 * LibreOffice (too heavy for the CI test run) and for a person to open.
 */
class PresetDocumentsTest {

    @Test
    void everyPresetRendersAsPdfAndDocx() throws Exception {
        Path dir = Path.of("target", "report-previews", "presets");
        Files.createDirectories(dir);
        for (ReportTemplate preset : PresetLayouts.PRESETS) {
            ReportLayout layout = PresetLayouts.withMemo(preset, 5, true); // the longest chain
            byte[] pdf = new PdfReportRenderer().render(layout);
            byte[] docx = new DocxRenderer().render(layout);
            Files.write(dir.resolve(preset.code() + ".pdf"), pdf);
            Files.write(dir.resolve(preset.code() + ".docx"), docx);
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
            assertThat(docx[0]).isEqualTo((byte) 'P');
        }
    }
}
