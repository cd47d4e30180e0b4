package th.prongsai.report.document.pdf;

import org.springframework.stereotype.Component;
import th.prongsai.report.document.ReportLayout;
import th.prongsai.report.document.ReportRenderer;

/**
 * The PDF as PDF/A-2u, for archiving ({@code format=pdfa}): the same document as {@link PdfReportRenderer}'s, with
 * an sRGB output intent, the PDF/A identification in its XMP and no incomplete CIDSet; every glyph maps to Unicode,
 * so the Thai text copies and searches as typed (level u). A draft download; publication stores the plain PDF.
 * Validated with veraPDF (decision 0008).
 */
@Component
public class PdfArchiveRenderer implements ReportRenderer {

    private final PdfReportRenderer pdf = new PdfReportRenderer();

    @Override
    public String format() {
        return "pdfa";
    }

    @Override
    public String mediaType() {
        return pdf.mediaType();
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public boolean published() {
        return false;
    }

    @Override
    public byte[] render(ReportLayout layout) {
        return pdf.render(layout, true);
    }
}
