package th.prongsai.report.document.pdf;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openpdf.text.pdf.draw.VerticalPositionMark;
import org.springframework.stereotype.Component;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.ita.thai.ThaiNumbers;
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

    /**
     * The table's type is the DOCX's (10 pt) at Sarabun's own line height (ascender + descender = 1.3 em, which
     * already holds the stacked marks), so a table takes as many pages in the PDF as in Word or LibreOffice.
     */
    private static final float TABLE_TEXT = 10f;

    private static final float TABLE_LEADING = 1.3f;

    private static final Color GROUP_SHADE = new Color(0xE6, 0xE6, 0xE6);
    private static final Color HEADER_SHADE = new Color(0xD0, 0xD8, 0xE8);

    static final BaseFont REGULAR_FONT;
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
            return BaseFont.createFont(
                    resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
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
        return render(layout, false);
    }

    /** The report as PDF/A-2u (archival: sRGB output intent, PDF/A identification in the XMP) when asked. */
    byte[] render(ReportLayout layout, boolean archival) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        List<Section> sections = layout.sections();
        Orientation first =
                sections.isEmpty() ? Orientation.PORTRAIT : sections.getFirst().orientation();
        Document document = new Document(pageSize(first));
        margins(document, first);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            if (archival) {
                writer.setPDFXConformance(PdfWriter.PDFA2U);
            }
            Fonts fonts = new Fonts();
            writer.setPageEvent(new PageNumbers(layout.digits()));
            metadata(document, writer, layout.meta());
            document.open();
            if (archival) {
                writer.setOutputIntents(
                        "sRGB IEC61966-2.1",
                        null,
                        "http://www.color.org",
                        "sRGB IEC61966-2.1",
                        ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            }
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
                    // Nothing on this page yet (the page after a memo): an empty page takes the new size on newPage.
                    document.setPageSize(pageSize(wanted));
                    margins(document, wanted);
                    document.newPage();
                    current = wanted;
                }
                switch (section) {
                    case Memo memo -> {
                        if (pageHasContent) {
                            document.newPage(); // a memo after other sections still has its page to itself
                        }
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archival ? withoutCidSets(out.toByteArray()) : out.toByteArray();
    }

    private static final Pattern CID_SET = Pattern.compile("/CIDSet \\d+ 0 R");

    /**
     * OpenPDF lists in each font's CIDSet only the glyphs the text uses, while the subset it embeds holds a few more
     * (.notdef, the parts of composite glyphs): PDF/A-2 forbids an incomplete CIDSet (6.2.11.4.2) and does not ask
     * for one, so the reference is blanked out with spaces of the same length, which keeps every offset of the
     * cross-reference table right; the stream it named is left unreferenced.
     */
    static byte[] withoutCidSets(byte[] pdf) {
        String latin1 = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = CID_SET.matcher(latin1);
        while (m.find()) {
            Arrays.fill(pdf, m.start(), m.end(), (byte) ' ');
        }
        return pdf;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Rectangle pageSize(Orientation o) {
        // A landscape MediaBox rather than /Rotate: viewers, printers and text extraction all see it the same way.
        return o == Orientation.LANDSCAPE
                ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth())
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

    // --- the memo ---------------------------------------------------------------------------------------------

    /** The smallest type the memo is set in to keep it on one page (×{@link #BODY}, ≈ 13 pt TH Sarabun PSK). */
    static final float MIN_MEMO_SCALE = 0.8f;

    /**
     * The memo is one page, as a typed memo is: it is set at full size when that fits, else at the largest size
     * down to {@link #MIN_MEMO_SCALE} that does (measured by setting it alone on a scratch page). Should even that
     * not fit, the approvers' blocks still go together onto the next page with the signature, never one alone.
     */
    private static void memo(Document d, Memo m, Fonts f) throws DocumentException {
        float scale = memoScale(m, f);
        boolean fits = scale > 0;
        memo(d, m, f, fits ? scale : MIN_MEMO_SCALE, !fits);
    }

    /**
     * The size the memo is set in, ×{@link #BODY}: 1 when it fits its page at full size, down to
     * {@link #MIN_MEMO_SCALE}; the DOCX uses the same measure, so both formats shrink the same memos.
     */
    public static float memoScale(Memo m) {
        float k = memoScale(m, new Fonts());
        return k > 0 ? k : MIN_MEMO_SCALE;
    }

    /** Measured scales of recent memos: publishing renders the same memo as PDF and DOCX (a memo is a value). */
    private static final Map<Memo, Float> MEASURED = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Memo, Float> eldest) {
            return size() > 64;
        }
    });

    static float memoScale(Memo m, Fonts f) {
        Float known = MEASURED.get(m);
        if (known != null) {
            return known;
        }
        float k = measureScale(m, f);
        MEASURED.put(m, k);
        return k;
    }

    private static float measureScale(Memo m, Fonts f) {
        // One measure at full size on an endless page; smaller type wraps less, so scaling by the ratio is on the
        // safe side, and a check on a real page (rarely more than one) confirms it.
        float available = PageSize.A4.getHeight() - 2 * cm(2f);
        float height = memoHeight(m, f, 1f);
        if (height <= available) {
            return 1f;
        }
        float step = 0.025f;
        for (float k = (float) Math.floor(available / height / step) * step; k >= MIN_MEMO_SCALE - 0.001f; k -= step) {
            if (memoHeight(m, f, k) <= available) {
                return Math.min(1f, k);
            }
        }
        return -1f;
    }

    /** The height the memo takes at scale {@code k}, set alone on a portrait page too tall to ever break. */
    private static float memoHeight(Memo m, Fonts f, float k) {
        float tall = 20_000f;
        Document scratch = new Document(new Rectangle(PageSize.A4.getWidth(), tall));
        margins(scratch, Orientation.PORTRAIT);
        try {
            PdfWriter writer = PdfWriter.getInstance(scratch, OutputStream.nullOutputStream());
            scratch.open();
            memo(scratch, m, f, k, false);
            float top = tall - scratch.topMargin();
            float height = top - writer.getVerticalPosition(false);
            scratch.close();
            return height;
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF memo measuring failed", e);
        }
    }

    private static void memo(Document d, Memo m, Fonts f, float k, boolean keepApproversTogether)
            throws DocumentException {
        float body = BODY * k;
        Paragraph title = new Paragraph(f.phrase("บันทึกข้อความ", f.bold(MEMO_TITLE * k), MEMO_TITLE * k * 1.3f));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(6f * k);
        d.add(title);

        d.add(labelled("ส่วนราชการ", m.agency(), f, k));
        // ที่ … and วันที่ … on one line, the date from the middle: a tab in one paragraph, not a table, whose text
        // OpenPDF writes after the page's paragraphs, so copied text would put the row after the body.
        Phrase refDate = labelledPhrase("ที่", m.reference(), f, k);
        refDate.add(new Chunk(new VerticalPositionMark(), (d.right() - d.left()) / 2f, false));
        refDate.addAll(labelledPhrase("วันที่", m.date(), f, k));
        d.add(new Paragraph(refDate));
        d.add(labelled("เรื่อง", m.subject(), f, k));
        Paragraph to = labelled("เรียน", m.to(), f, k);
        to.setSpacingBefore(4f * k);
        to.setSpacingAfter(4f * k);
        d.add(to);

        for (HeadedParagraph p : m.body()) {
            if (p.heading() != null && !p.heading().isBlank()) {
                Paragraph h = new Paragraph(f.phrase(p.heading(), f.bold(body), body * LEADING));
                h.setIndentationLeft(cm(2.5f));
                h.setSpacingBefore(4f * k);
                d.add(h);
            }
            for (String text : lines(p.text())) {
                bodyParagraph(d, text, f, body);
            }
        }
        if (m.closing() != null && !m.closing().isBlank()) {
            Paragraph closing = new Paragraph(f.phrase(m.closing(), f.regular(body), body * LEADING));
            closing.setIndentationLeft(cm(2.5f));
            closing.setSpacingBefore(6f * k);
            d.add(closing);
        }
        PdfPTable signature = signature(null, m.signatureName(), m.signaturePosition(), null, f, 36f * k, body);
        PdfPTable approvers = approvers(m.approvers(), f, k);
        if (keepApproversTogether && approvers != null) {
            // Too long for one page even small: the signature and every approver move on together.
            PdfPTable together = borderless(new float[] {1f});
            together.setKeepTogether(true);
            together.addCell(nested(signature));
            together.addCell(nested(approvers));
            d.add(together);
        } else {
            d.add(signature);
            if (approvers != null) {
                d.add(approvers);
            }
        }
    }

    /**
     * The approvers' comment blocks as one table kept together: stacked for one or two approvers, two side by side
     * from three on (the chain's order reads left to right, then down), so a chain of five fits under the memo.
     */
    private static PdfPTable approvers(List<ApproverBlock> blocks, Fonts f, float k) {
        if (blocks == null || blocks.isEmpty()) {
            return null;
        }
        boolean twoColumns = blocks.size() > 2;
        PdfPTable grid = borderless(twoColumns ? new float[] {1f, 1f} : new float[] {1f});
        grid.setSpacingBefore(6f * k);
        grid.setKeepTogether(true);
        for (ApproverBlock a : blocks) {
            PdfPCell cell = approver(a, f, k, twoColumns);
            cell.setPaddingRight(twoColumns ? 8f : 0f);
            grid.addCell(cell);
        }
        if (twoColumns && blocks.size() % 2 == 1) {
            grid.addCell(plain(null)); // not completeRow(): its filler cell has a border
        }
        return grid;
    }

    private static PdfPCell nested(PdfPTable table) {
        PdfPCell c = plain(null);
        c.addElement(table);
        return c;
    }

    /**
     * Body text: first line indented 2.5 cm as in official letters, in Thai distributed alignment (every line but
     * the last filled to the width, the space spread between grapheme clusters; {@link ThaiDistributedLines}). One
     * paragraph per line, each cluster set at its position by an absolute tab: OpenPDF's own justification widens
     * every glyph's spacing, marks included, and sets justified lines without the glyph layout (decision 0008).
     */
    private static void bodyParagraph(Document d, String text, Fonts f) throws DocumentException {
        bodyParagraph(d, text, f, BODY);
    }

    private static void bodyParagraph(Document d, String text, Fonts f, float size) throws DocumentException {
        Font font = f.regular(size);
        float indent = cm(2.5f);
        // A hair narrower than the column, so rounding never pushes a filled line's last cluster onto a new line.
        float width = d.right() - d.left() - 0.5f;
        List<ThaiDistributedLines.Line> lines =
                ThaiDistributedLines.lines(text, width - indent, width, size, s -> REGULAR_FONT.getWidthPoint(s, size));
        for (int i = 0; i < lines.size(); i++) {
            ThaiDistributedLines.Line line = lines.get(i);
            Paragraph p = new Paragraph(size * LEADING, "", font);
            if (i == 0) {
                p.setIndentationLeft(indent);
            }
            if (line.distributed()) {
                for (ThaiDistributedLines.Cluster c : line.clusters()) {
                    if (c.x() > 0) {
                        p.add(new Chunk(new VerticalPositionMark(), (float) c.x(), false));
                    }
                    p.add(f.chunk(c.text(), font));
                }
            } else {
                p.add(f.chunk(line.text(), font));
            }
            if (i == lines.size() - 1) {
                p.setSpacingAfter(2f * size / BODY);
            }
            d.add(p);
        }
    }

    private static Paragraph labelled(String label, String value, Fonts f, float k) {
        return new Paragraph(labelledPhrase(label, value, f, k));
    }

    private static Phrase labelledPhrase(String label, String value, Fonts f, float k) {
        Phrase p = new Phrase((BODY * LEADING + 2f) * k, "", f.regular(BODY * k));
        p.add(f.chunk(label + "  ", f.bold(LABEL * k)));
        p.add(f.chunk(value == null ? "" : value, f.regular(BODY * k)));
        return p;
    }

    /** A signature in the right half of the page: optional lines above, then "(name)" and the position. */
    private static PdfPTable signature(
            List<Phrase> above, String name, String position, String date, Fonts f, float gap, float size) {
        PdfPTable t = borderless(new float[] {0.8f, 1.2f});
        t.setSpacingBefore(gap);
        t.addCell(plain(f.phrase(" ", f.regular(size), size)));
        PdfPCell cell = plain(null);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        if (above != null) {
            above.forEach(cell::addElement);
        }
        if (name != null && !name.isBlank()) {
            cell.addElement(centered(f.phrase("(" + name + ")", f.regular(size), size * LEADING)));
        }
        if (position != null && !position.isBlank()) {
            cell.addElement(centered(f.phrase(position, f.regular(size), size * LEADING)));
        }
        if (date != null) {
            cell.addElement(centered(f.phrase(date, f.regular(size), size * LEADING)));
        }
        t.addCell(cell);
        return t;
    }

    /**
     * An approver's comment block: position, the comment or two dotted lines, (ลงชื่อ), name, date. One cell, so a
     * block never splits. (Nesting Paragraphs instead would add OpenPDF's newline chunks in Helvetica, unembedded.)
     */
    private static PdfPCell approver(ApproverBlock a, Fonts f, float k, boolean narrow) {
        float size = BODY * k;
        float leading = size * LEADING;
        PdfPCell block = plain(null);
        block.setPaddingBottom(8f * k);
        block.addElement(new Paragraph(f.phrase(a.heading(), f.bold(size), leading)));
        if (a.comment() != null && !a.comment().isBlank()) {
            Paragraph c = new Paragraph(f.phrase(a.comment(), f.regular(size), leading));
            c.setIndentationLeft(cm(narrow ? 0.5f : 1f));
            block.addElement(c);
        } else {
            for (int i = 0; i < 2; i++) {
                Paragraph dots = new Paragraph(f.phrase(".".repeat(narrow ? 48 : 80), f.regular(size), leading));
                dots.setIndentationLeft(cm(narrow ? 0.5f : 1f));
                block.addElement(dots);
            }
        }
        boolean signed = a.name() != null && !a.name().isBlank();
        List<String> lines = new ArrayList<>();
        lines.add("(ลงชื่อ) " + (signed ? a.name() : ".".repeat(narrow ? 30 : 40)));
        if (signed) {
            lines.add("(" + a.name() + ")");
        }
        lines.add(a.position());
        lines.add("วันที่ " + (a.date() != null && !a.date().isBlank() ? a.date() : ".".repeat(30)));
        for (int i = 0; i < lines.size(); i++) {
            Paragraph p = new Paragraph(f.phrase(lines.get(i), f.regular(size), leading));
            if (narrow) {
                p.setAlignment(Element.ALIGN_CENTER);
            } else {
                p.setIndentationLeft(cm(i == 0 ? 6.5f : 7.6f));
            }
            if (i == 0) {
                p.setSpacingBefore(8f * k);
            }
            block.addElement(p);
        }
        return block;
    }

    // --- paragraphs and tables ------------------------------------------------------------------------------

    private static void paragraphs(Document d, Paragraphs p, Fonts f) throws DocumentException {
        if (p.heading() != null && !p.heading().isBlank()) {
            d.add(heading(p.heading(), f));
        }
        for (String text : p.paragraphs()) {
            for (String line : lines(text)) {
                bodyParagraph(d, line, f);
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
            PdfPCell c = cell(f.phrase(column, f.bold(TABLE_TEXT), TABLE_TEXT * TABLE_LEADING));
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setBackgroundColor(HEADER_SHADE);
            table.addCell(c);
        }
        for (Row row : t.rows()) {
            if (row.group()) {
                PdfPCell c = cell(f.phrase(row.title(), f.bold(TABLE_TEXT), TABLE_TEXT * TABLE_LEADING));
                c.setColspan(columns);
                c.setBackgroundColor(GROUP_SHADE);
                table.addCell(c);
                continue;
            }
            for (String text : row.cells(columns)) {
                table.addCell(cell(f.phrase(text, f.regular(TABLE_TEXT), TABLE_TEXT * TABLE_LEADING)));
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
            Integer given =
                    t.widths() != null && i < t.widths().size() ? t.widths().get(i) : null;
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
        private final Map<Float, Font> regular = new HashMap<>();
        private final Map<Float, Font> bold = new HashMap<>();

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
        private final DigitStyle digits;
        private PdfTemplate total;

        PageNumbers(DigitStyle digits) {
            this.digits = digits;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 16f);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = writer.getPageSize();
            String text = "หน้า " + ThaiNumbers.whole(writer.getPageNumber(), digits) + " / ";
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
            total.showText(ThaiNumbers.whole(writer.getPageNumber() - 1, digits));
            total.endText();
        }
    }
}
