package th.prongsai.report.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import th.prongsai.report.document.PresetLayouts;
import th.prongsai.report.document.ReportTemplate;

/**
 * PDF/A-2u: what the standard asks beyond our PDF, checked in the file; every preset written to
 * target/report-previews/pdfa for bench/documents/check.sh, which validates them with veraPDF (not resolvable in the
 * offline build; decision 0008).
 */
class PdfArchiveRendererTest {

    @Test
    void everyPresetIsIdentifiedAsPdfA2uWithAnSrgbIntentAndItsThaiText() throws Exception {
        Path dir = Path.of("target", "report-previews", "pdfa");
        Files.createDirectories(dir);
        PdfArchiveRenderer renderer = new PdfArchiveRenderer();
        assertThat(renderer.format()).isEqualTo("pdfa");
        assertThat(renderer.extension()).isEqualTo("pdf");
        assertThat(renderer.published()).isFalse();
        for (ReportTemplate preset : PresetLayouts.PRESETS) {
            byte[] pdf = renderer.render(PresetLayouts.withMemo(preset, 5, true));
            Files.write(dir.resolve(preset.code() + ".pdf"), pdf);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
                assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")U");
                PDOutputIntent intent =
                        doc.getDocumentCatalog().getOutputIntents().getFirst();
                assertThat(intent.getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
                assertThat(intent.getDestOutputIntent().getLength()).isPositive();
                for (var page : doc.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.getName()).contains("Sarabun");
                        assertThat(font.isEmbedded()).isTrue();
                        PDType0Font type0 = (PDType0Font) font;
                        assertThat(type0.getDescendantFont()
                                        .getFontDescriptor()
                                        .getCOSObject()
                                        .containsKey(COSName.CID_SET))
                                .as("no CIDSet (OpenPDF's lists only the used glyphs)")
                                .isFalse();
                    }
                }
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
                assertThat(text).contains("บันทึกข้อความ", "เพื่อโปรดทราบ", "ความเห็นนายกเทศมนตรี");
            }
        }
        // The plain PDF is unchanged: no PDF/A claim.
        byte[] plain =
                new PdfReportRenderer().render(PresetLayouts.withMemo(PresetLayouts.PRESETS.getFirst(), 1, false));
        try (PDDocument doc = Loader.loadPDF(plain)) {
            assertThat(doc.getDocumentCatalog().getOutputIntents()).isEmpty();
        }
        assertThat(new ByteArrayInputStream(plain).readNBytes(5))
                .isEqualTo("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }
}
