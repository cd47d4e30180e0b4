package th.prongsai.report.document.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.LayoutProcessor;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import th.prongsai.report.document.ReportLayout;
import th.prongsai.report.document.ReportLayout.ApproverBlock;
import th.prongsai.report.document.ReportLayout.HeadedParagraph;
import th.prongsai.report.document.ReportLayout.Memo;
import th.prongsai.report.document.ReportLayout.Orientation;
import th.prongsai.report.document.ReportLayout.Paragraphs;
import th.prongsai.report.document.ReportLayout.Row;
import th.prongsai.report.document.ReportLayout.Section;
import th.prongsai.report.document.ReportLayout.Table;
import th.prongsai.report.document.ReportRenderer;

/**
 * The report as an A4 PDF set in Sarabun (embedded, subset): memo pages portrait, tables landscape, table headings
 * repeated on every page, "หน้า n / m" in the footer, metadata from {@link ReportLayout.Meta}.
 *
 * <p>Thai needs two things OpenPDF does not do by default: glyph shaping (tone marks and vowels stacked and placed by
 * the font's GPOS/GSUB, through {@link LayoutProcessor} and the JDK's shaper) with ActualText so the text copies as
 * typed, and breaking lines between words ({@link ThaiLineBreaks}). Stateless and thread-safe: every call builds its
 * own document; the fonts are shared read-only.
 */
@Component
public class PdfReportRenderer implements ReportRenderer {

    static final String REGULAR = "fonts/sarabun/Sarabun-Regular.ttf";
    static final String BOLD = "fonts/sarabun/Sarabun-Bold.ttf";

    /** ≈ TH Sarabun PSK 16 pt, the size of official Thai documents (Sarabun is drawn larger per point). */
    static final float BODY = 11f;
    private static final float SMALL = 9.5f;
    private static final float LABEL = 13f;
    private static final float MEMO_TITLE = 20f;
    private static final float HEADING = 12.5f;
    /** Thai stacks marks above and below the line: more leading than Latin text needs. */
    private static final float LEADING = 1.5f;
    private static final float TABLE_LEADING = 1.5f;

    private static final java.awt.Color GROUP_SHADE = new java.awt.Color(0xE6, 0xE6, 0xE6);
    private static final java.awt.Color HEADER_SHADE = new java.awt.Color(0xD0, 0xD8, 0xE8);

    private static final BaseFont REGULAR_FONT;
    private static final BaseFont BOLD_FONT;

    static {
        // Process-wide switches of OpenPDF; must be on before the fonts are created (createFont loads the AWT font
        // used for shaping). Nothing else in the service writes PDF without them.
        LayoutProcessor.enable();
        LayoutProcessor.setWriteActualText();
        REGULAR_FONT = font(REGULAR);
        BOLD_FONT = font(BOLD);
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfReportRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            // The name doubles as the resource LayoutProcessor reads for the AWT font; bytes given so a jar works.
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(ReportLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        List<Section> sections = layout.sections();
        Orientation first = sections.isEmpty() ? Orientation.PORTRAIT : sections.getFirst().orientation();
        Document document = new Document(pageSize(first));
        margins(document, first);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            Fonts fonts = new Fonts();
            writer.setPageEvent(new PageNumbers(layout.thaiDigits()));
            metadata(document, writer, layout.meta());
            document.open();
            Orientation current = first;
            boolean pageHasContent = false;
            for (Section section : sections) {
                Orientation wanted = section.orientation();
                if (pageHasContent && wanted != current) {
                    document.setPageSize(pageSize(wanted));
                    margins(document, wanted);
                    document.newPage();
                    current = wanted;
                } else if (!pageHasContent && wanted != current) {
                    // Nothing on this page yet (the first section): it was already opened in the first orientation.
                    current = wanted;
                }
                switch (section) {
                    case Memo memo -> {
                        memo(document, memo, fonts);
                        // The memo is a letter of its own: whatever follows starts on a fresh page.
                        document.newPage();
                        pageHasContent = false;
                        continue;
                    }
                    case Paragraphs p -> paragraphs(document, p, fonts);
                    case Table t -> table(document, t, fonts);
                }
                pageHasContent = true;
            }
            if (sections.isEmpty()) {
                document.add(new Paragraph(fonts.phrase(" ", fonts.regular(BODY), BODY)));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Rectangle pageSize(Orientation o) {
        // A landscape MediaBox rather than /Rotate: viewers, printers and text extraction all see it the same way.
        return o == Orientation.LANDSCAPE ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth())
                : new Rectangle(PageSize.A4.getWidth(), PageSize.A4.getHeight());
    }

    /** Portrait follows the memo conventions (3 cm left, 2 cm right); landscape tables get the width they need. */
    private static void margins(Document document, Orientation o) {
        if (o == Orientation.LANDSCAPE) {
            document.setMargins(cm(1.5f), cm(1.5f), cm(1.5f), cm(1.8f));
        } else {
            document.setMargins(cm(3f), cm(2f), cm(2f), cm(2f));
        }
    }

    private static float cm(float cm) {
        return cm * 72f / 2.54f;
    }

    private static void metadata(Document document, PdfWriter writer, ReportLayout.Meta meta) {
        if (meta.title() != null) {
            document.addTitle(meta.title());
        }
        if (meta.subject() != null) {
            document.addSubject(meta.subject());
        }
        if (meta.author() != null) {
            document.addAuthor(meta.author());
        }
        if (meta.keywords() != null) {
            document.addKeywords(meta.keywords());
        }
        document.addCreator("Prongsai");
        if (meta.generatedAt() != null) {
            Calendar c = new GregorianCalendar(TimeZone.getTimeZone("Asia/Bangkok"));
            c.setTimeInMillis(meta.generatedAt().toEpochMilli());
            document.addCreationDate(new PdfDate(c));
            document.addModificationDate(new PdfDate(c));
        }
        String lang = meta.language() == null || meta.language().isBlank() ? "th" : meta.language();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(lang));
        writer.createXmpMetadata();
    }


    static String digits(int n, boolean thai) {
        String s = Integer.toString(n);
        if (!thai) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append((char) ('๐' + (c - '0')));
        }
        return b.toString();
    }

    // --- the memo ---------------------------------------------------------------------------------------------

    private static void memo(Document d, Memo m, Fonts f) throws DocumentException {
        Paragraph title = new Paragraph(f.phrase("บันทึกข้อความ", f.bold(MEMO_TITLE), MEMO_TITLE * 1.3f));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(6f);
        d.add(title);

        d.add(labelled("ส่วนราชการ", m.agency(), f));
        PdfPTable refDate = borderless(new float[] {1f, 1f});
        refDate.addCell(plain(labelledPhrase("ที่", m.reference(), f)));
        refDate.addCell(plain(labelledPhrase("วันที่", m.date(), f)));
        d.add(refDate);
        d.add(labelled("เรื่อง", m.subject(), f));
        Paragraph to = labelled("เรียน", m.to(), f);
        to.setSpacingBefore(4f);
        to.setSpacingAfter(4f);
        d.add(to);

        for (HeadedParagraph p : m.body()) {
            if (p.heading() != null && !p.heading().isBlank()) {
                Paragraph h = new Paragraph(f.phrase(p.heading(), f.bold(BODY), BODY * LEADING));
                h.setIndentationLeft(cm(2.5f));
                h.setSpacingBefore(4f);
                d.add(h);
            }
            for (String text : lines(p.text())) {
                d.add(bodyParagraph(text, f));
            }
        }
        if (m.closing() != null && !m.closing().isBlank()) {
            Paragraph closing = new Paragraph(f.phrase(m.closing(), f.regular(BODY), BODY * LEADING));
            closing.setIndentationLeft(cm(2.5f));
            closing.setSpacingBefore(6f);
            d.add(closing);
        }
        d.add(signature(null, m.signatureName(), m.signaturePosition(), null, f, 36f));

        for (ApproverBlock a : m.approvers()) {
            d.add(approver(a, f));
        }
    }

    /** Body text: first line indented 2.5 cm as in official letters. */
    private static Paragraph bodyParagraph(String text, Fonts f) {
        Paragraph p = new Paragraph(f.phrase(text, f.regular(BODY), BODY * LEADING));
        p.setFirstLineIndent(cm(2.5f));
        p.setSpacingAfter(2f);
        return p;
    }

    private static Paragraph labelled(String label, String value, Fonts f) {
        return new Paragraph(labelledPhrase(label, value, f));
    }

    private static Phrase labelledPhrase(String label, String value, Fonts f) {
        Phrase p = new Phrase(BODY * LEADING + 2f, "", f.regular(BODY));
        p.add(f.chunk(label + "  ", f.bold(LABEL)));
        p.add(f.chunk(value == null ? "" : value, f.regular(BODY)));
        return p;
    }

    /** A signature in the right half of the page: optional lines above, then "(name)" and the position. */
    private static PdfPTable signature(List<Phrase> above, String name, String position, String date, Fonts f,
            float gap) {
        PdfPTable t = borderless(new float[] {0.8f, 1.2f});
        t.setSpacingBefore(gap);
        t.addCell(plain(f.phrase(" ", f.regular(BODY), BODY)));
        PdfPCell cell = plain(null);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        if (above != null) {
            above.forEach(cell::addElement);
        }
        if (name != null && !name.isBlank()) {
            cell.addElement(centered(f.phrase("(" + name + ")", f.regular(BODY), BODY * LEADING)));
        }
        if (position != null && !position.isBlank()) {
            cell.addElement(centered(f.phrase(position, f.regular(BODY), BODY * LEADING)));
        }
        if (date != null) {
            cell.addElement(centered(f.phrase(date, f.regular(BODY), BODY * LEADING)));
        }
        t.addCell(cell);
        return t;
    }

    private static final String DOTS = ".".repeat(80);

    /** An approver's comment block: position, the comment or two dotted lines, (ลงชื่อ), name, date. */
    private static PdfPTable approver(ApproverBlock a, Fonts f) {
        // One borderless cell kept together: a block never splits across pages. (Nesting Paragraphs instead would
        // add OpenPDF's newline chunks in Helvetica, an unembedded font.)
        PdfPTable table = borderless(new float[] {1f});
        table.setSpacingBefore(10f);
        table.setKeepTogether(true);
        PdfPCell block = plain(null);
        Paragraph head = new Paragraph(f.phrase(a.heading(), f.bold(BODY), BODY * LEADING));
        block.addElement(head);
        if (a.comment() != null && !a.comment().isBlank()) {
            Paragraph c = new Paragraph(f.phrase(a.comment(), f.regular(BODY), BODY * LEADING));
            c.setIndentationLeft(cm(1f));
            block.addElement(c);
        } else {
            for (int i = 0; i < 2; i++) {
                Paragraph dots = new Paragraph(f.phrase(DOTS, f.regular(BODY), BODY * LEADING));
                dots.setIndentationLeft(cm(1f));
                block.addElement(dots);
            }
        }
        boolean signed = a.name() != null && !a.name().isBlank();
        String sign = "(ลงชื่อ) " + (signed ? a.name() : ".".repeat(40));
        Paragraph s = new Paragraph(f.phrase(sign, f.regular(BODY), BODY * LEADING));
        s.setIndentationLeft(cm(6.5f));
        s.setSpacingBefore(8f);
        block.addElement(s);
        if (signed) {
            Paragraph n = new Paragraph(f.phrase("(" + a.name() + ")", f.regular(BODY), BODY * LEADING));
            n.setIndentationLeft(cm(7.6f));
            block.addElement(n);
        }
        Paragraph pos = new Paragraph(f.phrase(a.position(), f.regular(BODY), BODY * LEADING));
        pos.setIndentationLeft(cm(7.6f));
        block.addElement(pos);
        String date = a.date() != null && !a.date().isBlank() ? a.date() : ".".repeat(30);
        Paragraph dt = new Paragraph(f.phrase("วันที่ " + date, f.regular(BODY), BODY * LEADING));
        dt.setIndentationLeft(cm(7.6f));
        block.addElement(dt);
        table.addCell(block);
        return table;
    }

    // --- paragraphs and tables ------------------------------------------------------------------------------

    private static void paragraphs(Document d, Paragraphs p, Fonts f) throws DocumentException {
        if (p.heading() != null && !p.heading().isBlank()) {
            d.add(heading(p.heading(), f));
        }
        for (String text : p.paragraphs()) {
            for (String line : lines(text)) {
                d.add(bodyParagraph(line, f));
            }
        }
    }

    private static Paragraph heading(String text, Fonts f) {
        Paragraph h = new Paragraph(f.phrase(text, f.bold(HEADING), HEADING * LEADING));
        h.setAlignment(Element.ALIGN_CENTER);
        h.setSpacingBefore(8f);
        h.setSpacingAfter(6f);
        return h;
    }

    private static void table(Document d, Table t, Fonts f) throws DocumentException {
        if (t.heading() != null && !t.heading().isBlank()) {
            d.add(heading(t.heading(), f));
        }
        int columns = t.columns().size();
        PdfPTable table = new PdfPTable(widths(t, columns));
        table.setWidthPercentage(100f);
        table.setHeaderRows(1);
        // A row moves whole to the next page when it fits there (a measure reads as one block); only a row taller
        // than a page is split.
        table.setSplitLate(true);
        table.setSplitRows(true);
        table.setSpacingAfter(6f);
        for (String column : t.columns()) {
            PdfPCell c = cell(f.phrase(column, f.bold(BODY), BODY * TABLE_LEADING));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setBackgroundColor(HEADER_SHADE);
            table.addCell(c);
        }
        for (Row row : t.rows()) {
            if (row.group()) {
                PdfPCell c = cell(f.phrase(row.title(), f.bold(BODY), BODY * TABLE_LEADING));
                c.setColspan(columns);
                c.setBackgroundColor(GROUP_SHADE);
                table.addCell(c);
                continue;
            }
            for (String text : row.cells(columns)) {
                table.addCell(cell(f.phrase(text, f.regular(BODY), BODY * TABLE_LEADING)));
            }
        }
        d.add(table);
        if (t.note() != null && !t.note().isBlank()) {
            d.add(new Paragraph(f.phrase(t.note(), f.regular(SMALL), SMALL * LEADING)));
        }
    }

    private static float[] widths(Table t, int columns) {
        float[] w = new float[columns];
        for (int i = 0; i < columns; i++) {
            Integer given = t.widths() != null && i < t.widths().size() ? t.widths().get(i) : null;
            w[i] = given == null || given <= 0 ? 1f : given;
        }
        return w;
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setPaddingLeft(4f);
        c.setPaddingRight(4f);
        c.setPaddingTop(2f);
        c.setPaddingBottom(5f);
        c.setUseAscender(true);
        // A cell ignores its phrase's leading (it sets 1× the font size): Thai marks above and below need more.
        c.setLeading(0f, TABLE_LEADING);
        c.setBorderWidth(0.5f);
        return c;
    }

    private static PdfPTable borderless(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100f);
        return t;
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell c = phrase == null ? new PdfPCell() : new PdfPCell(phrase);
        c.setBorder(Rectangle.NO_BORDER);
        c.setLeading(0f, LEADING);
        c.setPadding(0f);
        c.setPaddingBottom(2f);
        return c;
    }

    private static Paragraph centered(Phrase phrase) {
        Paragraph p = new Paragraph(phrase);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    /** A text's own line breaks become paragraphs (a blank line is dropped). */
    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    // --- fonts and page numbers -------------------------------------------------------------------------------

    /** Per-rendering font objects; the line breaker caches state, so it is never shared between threads. */
    private static final class Fonts {
        private final ThaiLineBreaks breaks = new ThaiLineBreaks();
        private final java.util.Map<Float, Font> regular = new java.util.HashMap<>();
        private final java.util.Map<Float, Font> bold = new java.util.HashMap<>();

        Font regular(float size) {
            return regular.computeIfAbsent(size, s -> new Font(REGULAR_FONT, s));
        }

        Font bold(float size) {
            return bold.computeIfAbsent(size, s -> new Font(BOLD_FONT, s));
        }

        Chunk chunk(String text, Font font) {
            Chunk c = new Chunk(text, font);
            c.setSplitCharacter(breaks);
            return c;
        }

        Phrase phrase(String text, Font font, float leading) {
            // The phrase's own font matters too: OpenPDF sets paragraph spacing in it (else Helvetica, unembedded).
            Phrase p = new Phrase(leading, "", font);
            p.add(chunk(text, font));
            return p;
        }
    }

    /** "หน้า n / m": the total is a template filled in when the document closes. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private static final float TOTAL_WIDTH = 30f;
        private final boolean thai;
        private PdfTemplate total;

        PageNumbers(boolean thai) {
            this.thai = thai;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 16f);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = writer.getPageSize();
            String text = "หน้า " + digits(writer.getPageNumber(), thai) + " / ";
            float size = SMALL;
            float width = REGULAR_FONT.getWidthPoint(text, size);
            float right = page.getRight() - cm(1.5f);
            float x = right - TOTAL_WIDTH - width;
            float y = page.getBottom() + cm(0.8f);
            PdfContentByte cb = writer.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(REGULAR_FONT, size);
            cb.setTextMatrix(x, y);
            cb.showText(text);
            cb.endText();
            cb.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(REGULAR_FONT, SMALL);
            total.setTextMatrix(0, 0);
            total.showText(digits(writer.getPageNumber() - 1, thai));
            total.endText();
        }
    }
}
