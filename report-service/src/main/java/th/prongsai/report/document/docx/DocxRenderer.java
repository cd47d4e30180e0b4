package th.prongsai.report.document.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
import th.prongsai.report.document.pdf.PdfReportRenderer;

/**
 * Writes the report as a WordprocessingML package by hand (a zip of a few XML parts). No POI/docx4j: building the
 * XML in one StringBuilder keeps a 30-measure report well under the 100 ms target, and we control every attribute
 * Thai needs. Stateless and thread-safe.
 *
 * <p>Thai shows in Sarabun only when the complex-script attributes are set ({@code w:cs}, {@code w:szCs},
 * {@code w:bCs}, {@code w:lang w:bidi}); Word picks the cs font for Thai characters, not the ascii one.
 */
@Component
public class DocxRenderer implements ReportRenderer {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String FONT = "Sarabun";
    /** 11 pt Sarabun has about the size of TH Sarabun PSK 16 pt, the official Thai body size. */
    private static final int BODY = 22;

    private static final int TITLE = 40;
    private static final int HEADING = 28;
    private static final int TABLE_TEXT = 20;

    // A4 in twips; margins of a Thai official letter (left 3 cm, right 2 cm, top 2.5 cm, bottom 2 cm).
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN_LEFT_PORTRAIT = 1701;
    private static final int MARGIN = 1134;
    private static final int MARGIN_TOP = 1418;
    private static final int PORTRAIT_TEXT_WIDTH = A4_SHORT - MARGIN_LEFT_PORTRAIT - MARGIN;
    private static final int LANDSCAPE_TEXT_WIDTH = A4_LONG - 2 * MARGIN;
    private static final int INDENT = 1418;
    private static final int HALF_PAGE = 4536;

    private static final String HEADER_FILL = "D9D9D9";
    private static final String GROUP_FILL = "EDEDED";
    private static final String DOTS =
            "..........................................................................................";

    private static final String NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public byte[] render(ReportLayout layout) {
        boolean thaiDigits = layout.digits() == DigitStyle.THAI;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        // The generation time as the entries' time: the same layout always gives the same bytes.
        long time = layout.meta() != null && layout.meta().generatedAt() != null
                ? layout.meta().generatedAt().toEpochMilli()
                : 315532800000L;
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, time, "[Content_Types].xml", contentTypes());
            put(zip, time, "_rels/.rels", packageRels());
            put(zip, time, "word/document.xml", document(layout, thaiDigits));
            put(zip, time, "word/styles.xml", styles());
            put(zip, time, "word/settings.xml", settings());
            put(zip, time, "word/fontTable.xml", fontTable());
            put(zip, time, "word/_rels/fontTable.xml.rels", fontTableRels());
            for (EmbeddedFonts.Face face : List.of(EmbeddedFonts.REGULAR, EmbeddedFonts.BOLD)) {
                put(zip, time, "word/" + face.part(), face.obfuscated());
            }
            put(zip, time, "word/footer1.xml", footer(layout.digits()));
            put(zip, time, "word/_rels/document.xml.rels", documentRels());
            put(zip, time, "docProps/core.xml", core(layout.meta()));
            put(zip, time, "docProps/app.xml", app());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, long time, String name, CharSequence xml) throws IOException {
        put(zip, time, name, xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipOutputStream zip, long time, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    // ---------------------------------------------------------------- document.xml

    private String document(ReportLayout layout, boolean thaiDigits) {
        StringBuilder x = new StringBuilder(128 * 1024);
        x.append(XML_DECL)
                .append("<w:document xmlns:w=\"")
                .append(NS_W)
                .append("\" xmlns:r=\"")
                .append(NS_R)
                .append("\"><w:body>");
        List<Section> sections = layout.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            int start = x.length();
            switch (section) {
                case Memo memo -> memo(x, memo);
                case Paragraphs paragraphs -> paragraphs(x, paragraphs);
                case Table table -> table(x, table);
            }
            // A new page for a change of orientation, and after the memo, which is a page of its own.
            if (i + 1 < sections.size()
                    && (sections.get(i + 1).orientation() != section.orientation() || section instanceof Memo)) {
                StringBuilder sectPr = new StringBuilder(512);
                sectPr(sectPr, section.orientation(), thaiDigits);
                closeSection(x, start, sectPr);
            }
        }
        Orientation last =
                sections.isEmpty() ? Orientation.PORTRAIT : sections.getLast().orientation();
        sectPr(x, last, thaiDigits);
        x.append("</w:body></w:document>");
        return x.toString();
    }

    /**
     * A section's properties sit in the pPr of its last paragraph. Putting them there, rather than in an empty
     * paragraph of their own, avoids a blank page when the section fills its last page exactly.
     */
    static void closeSection(StringBuilder x, int start, CharSequence sectPr) {
        int p = x.lastIndexOf("<w:p>");
        int emptyP = x.lastIndexOf("<w:p/>");
        if (emptyP >= start && emptyP > p && emptyP + 6 == x.length()) {
            x.replace(emptyP, x.length(), "<w:p><w:pPr>" + sectPr + "</w:pPr></w:p>");
            return;
        }
        // Not a paragraph inside a table (a cell's paragraph cannot end a section).
        if (p >= start
                && x.indexOf("<w:tbl>", p) < 0
                && x.indexOf("</w:tbl>", p) < 0
                && x.indexOf("<w:sectPr>", p) < 0) {
            if (x.indexOf("<w:p><w:pPr>", p) == p) {
                // sectPr is the last child of pPr (no paragraph rPr is written here).
                x.insert(x.indexOf("</w:pPr>", p), sectPr);
            } else {
                x.insert(p + 5, "<w:pPr>" + sectPr + "</w:pPr>");
            }
            return;
        }
        // After a table: a hairline paragraph, so the break does not push a line onto a page of its own.
        x.append("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>")
                .append("<w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr>")
                .append(sectPr)
                .append("</w:pPr></w:p>");
    }

    private static void sectPr(StringBuilder x, Orientation orientation, boolean thaiDigits) {
        x.append("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/><w:type w:val=\"nextPage\"/>");
        if (orientation == Orientation.LANDSCAPE) {
            x.append("<w:pgSz w:w=\"")
                    .append(A4_LONG)
                    .append("\" w:h=\"")
                    .append(A4_SHORT)
                    .append("\" w:orient=\"landscape\"/>");
            x.append("<w:pgMar w:top=\"")
                    .append(MARGIN)
                    .append("\" w:right=\"")
                    .append(MARGIN)
                    .append("\" w:bottom=\"")
                    .append(MARGIN)
                    .append("\" w:left=\"")
                    .append(MARGIN)
                    .append("\" w:header=\"567\" w:footer=\"454\" w:gutter=\"0\"/>");
        } else {
            x.append("<w:pgSz w:w=\"")
                    .append(A4_SHORT)
                    .append("\" w:h=\"")
                    .append(A4_LONG)
                    .append("\"/>");
            x.append("<w:pgMar w:top=\"")
                    .append(MARGIN_TOP)
                    .append("\" w:right=\"")
                    .append(MARGIN)
                    .append("\" w:bottom=\"")
                    .append(MARGIN)
                    .append("\" w:left=\"")
                    .append(MARGIN_LEFT_PORTRAIT)
                    .append("\" w:header=\"709\" w:footer=\"454\" w:gutter=\"0\"/>");
        }
        if (thaiDigits) {
            x.append("<w:pgNumType w:fmt=\"thaiNumbers\"/>");
        }
        x.append("<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr>");
    }

    /**
     * The memo on one page: its size is the one the PDF measured for it ({@link PdfReportRenderer#memoScale}), the
     * approvers' blocks stand two by two from three on, and from the closing line to the last block every paragraph
     * keeps with the next, so Word and LibreOffice never leave one block alone on the next page.
     */
    private void memo(StringBuilder x, Memo memo) {
        float k = PdfReportRenderer.memoScale(memo);
        int body = Math.round(BODY * k);
        int space = Math.round(120 * k);
        paragraph(
                x,
                "<w:spacing w:after=\"" + space + "\"/><w:jc w:val=\"center\"/>",
                run("บันทึกข้อความ", true, Math.round(TITLE * k)));
        labelled(x, "ส่วนราชการ", memo.agency(), null, body);
        // ที่ … and วันที่ … share a line, the date starting at the middle of the page.
        String tabs = "<w:tabs><w:tab w:val=\"left\" w:pos=\"" + HALF_PAGE + "\"/></w:tabs>";
        paragraph(
                x,
                tabs,
                run("ที่ ", true, body) + run(memo.reference(), false, body) + "<w:r><w:tab/></w:r>"
                        + run("วันที่ ", true, body) + run(memo.date(), false, body));
        labelled(x, "เรื่อง", memo.subject(), null, body);
        labelled(x, "เรียน", memo.to(), "<w:spacing w:before=\"" + space + "\" w:after=\"" + space + "\"/>", body);
        for (HeadedParagraph p : nullSafe(memo.body())) {
            if (notBlank(p.heading())) {
                paragraph(
                        x,
                        "<w:keepNext/><w:spacing w:before=\"" + space + "\"/><w:ind w:firstLine=\"" + INDENT + "\"/>",
                        run(p.heading(), true, body));
            }
            bodyText(x, p.text(), body);
        }
        if (notBlank(memo.closing())) {
            paragraph(
                    x,
                    "<w:keepNext/><w:spacing w:before=\"" + space + "\"/><w:ind w:firstLine=\"" + INDENT + "\"/>",
                    run(memo.closing(), false, body));
        }
        List<ApproverBlock> approvers = nullSafe(memo.approvers());
        signature(
                x,
                null,
                memo.signatureName(),
                memo.signaturePosition(),
                null,
                Math.round(600 * k),
                body,
                !approvers.isEmpty(),
                HALF_PAGE / 2);
        if (approvers.size() <= 2) {
            for (int i = 0; i < approvers.size(); i++) {
                approver(x, approvers.get(i), body, i + 1 < approvers.size(), HALF_PAGE / 2);
            }
        } else {
            approverGrid(x, approvers, body);
        }
    }

    /** From three approvers on: a borderless two-column table, rows never split and each kept with the next. */
    private void approverGrid(StringBuilder x, List<ApproverBlock> approvers, int body) {
        int half = PORTRAIT_TEXT_WIDTH / 2;
        x.append("<w:tbl><w:tblPr><w:tblW w:w=\"")
                .append(half * 2)
                .append("\" w:type=\"dxa\"/>")
                .append("<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\"/></w:tblPr><w:tblGrid>")
                .append("<w:gridCol w:w=\"")
                .append(half)
                .append("\"/><w:gridCol w:w=\"")
                .append(half)
                .append("\"/></w:tblGrid>");
        for (int i = 0; i < approvers.size(); i += 2) {
            boolean more = i + 2 < approvers.size();
            x.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (int c = i; c < i + 2; c++) {
                x.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(half).append("\" w:type=\"dxa\"/></w:tcPr>");
                if (c < approvers.size()) {
                    approver(x, approvers.get(c), body, more, 0);
                } else {
                    x.append("<w:p/>");
                }
                x.append("</w:tc>");
            }
            x.append("</w:tr>");
        }
        x.append("</w:tbl>");
    }

    private void approver(StringBuilder x, ApproverBlock a, int body, boolean keepWithNext, int signatureIndent) {
        String position = a.position() == null ? "" : a.position();
        String heading = a.heading();
        paragraph(
                x,
                "<w:keepNext/><w:keepLines/><w:spacing w:before=\"" + Math.round(body * 120f / BODY) + "\"/>",
                run(heading, true, body));
        boolean narrow = signatureIndent == 0;
        if (notBlank(a.comment())) {
            paragraph(
                    x,
                    "<w:keepNext/><w:keepLines/><w:ind w:firstLine=\"" + (narrow ? INDENT / 2 : INDENT) + "\"/>",
                    run(a.comment(), false, body));
        } else {
            // Two dotted lines for a handwritten comment, as on the paper memo.
            String dots = narrow ? DOTS.substring(0, DOTS.length() / 2) : DOTS;
            paragraph(x, "<w:keepNext/>", run(dots, false, body));
            paragraph(x, "<w:keepNext/>", run(dots, false, body));
        }
        signature(
                x,
                "(ลงชื่อ) " + (notBlank(a.name()) ? "" : "................................"),
                a.name(),
                position,
                notBlank(a.date()) ? "วันที่ " + a.date() : "วันที่ ........................",
                Math.round(body * 120f / BODY),
                body,
                keepWithNext,
                signatureIndent);
    }

    /** A signature block centred (in the right half of the page when indented), kept together. */
    private void signature(
            StringBuilder x,
            String signLine,
            String name,
            String position,
            String date,
            int before,
            int size,
            boolean keepWithNext,
            int indent) {
        String ind = (indent > 0 ? "<w:ind w:left=\"" + indent + "\"/>" : "") + "<w:jc w:val=\"center\"/>";
        List<String> lines = new ArrayList<>();
        if (signLine != null) {
            lines.add(signLine);
        }
        lines.add("(" + (notBlank(name) ? name : "................................................") + ")");
        if (notBlank(position)) {
            lines.add(position);
        }
        if (date != null) {
            lines.add(date);
        }
        for (int i = 0; i < lines.size(); i++) {
            String spacing = i == 0 ? "<w:spacing w:before=\"" + before + "\"/>" : "";
            String keep = i + 1 < lines.size() || keepWithNext ? "<w:keepNext/><w:keepLines/>" : "<w:keepLines/>";
            paragraph(x, keep + spacing + ind, run(lines.get(i), false, size));
        }
    }

    private void labelled(StringBuilder x, String label, String value, String pPr, int size) {
        paragraph(x, pPr == null ? "" : pPr, run(label + " ", true, size) + run(value, false, size));
    }

    private void bodyText(StringBuilder x, String text) {
        bodyText(x, text, BODY);
    }

    private void bodyText(StringBuilder x, String text, int size) {
        if (text == null) {
            return;
        }
        // Each line of the text is a paragraph with the first-line indent of a Thai official letter.
        for (String line : text.split("\n", -1)) {
            paragraph(
                    x,
                    "<w:ind w:firstLine=\"" + INDENT + "\"/><w:jc w:val=\"thaiDistribute\"/>",
                    run(line, false, size));
        }
    }

    private void paragraphs(StringBuilder x, Paragraphs section) {
        if (notBlank(section.heading())) {
            heading(x, section.heading());
        }
        for (String p : nullSafe(section.paragraphs())) {
            bodyText(x, p);
        }
    }

    private void heading(StringBuilder x, String text) {
        paragraph(
                x,
                "<w:pStyle w:val=\"Heading1\"/><w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\"/>",
                run(text, true, HEADING));
    }

    private void table(StringBuilder x, Table table) {
        if (notBlank(table.heading())) {
            heading(x, table.heading());
        }
        List<String> columns = nullSafe(table.columns());
        int n = Math.max(1, columns.size());
        int[] grid = grid(
                table.widths(),
                n,
                table.orientation() == Orientation.LANDSCAPE ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH);
        int total = 0;
        for (int w : grid) {
            total += w;
        }
        x.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            x.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        x.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>")
                .append("<w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"28\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/>")
                .append("</w:tblCellMar><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\"")
                .append(
                        " w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>");
        for (int w : grid) {
            x.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        x.append("</w:tblGrid>");
        // The header row repeats at the top of every page the table runs onto.
        x.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (int c = 0; c < n; c++) {
            cell(x, grid[c], 1, HEADER_FILL, c < columns.size() ? columns.get(c) : "", true, "center");
        }
        x.append("</w:tr>");
        for (Row row : nullSafe(table.rows())) {
            if (row.group()) {
                // A group (theme, indicator) is one shaded cell across the table, kept with the row after it.
                x.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                cell(x, total, n, GROUP_FILL, row.title(), true, "left");
                x.append("</w:tr>");
                continue;
            }
            // No cantSplit on data rows: a measure's cells can be longer than a page.
            x.append("<w:tr>");
            List<String> fitted = row.cells(n);
            for (int c = 0; c < n; c++) {
                cell(x, grid[c], 1, null, fitted.get(c), false, "left");
            }
            x.append("</w:tr>");
        }
        x.append("</w:tbl>");
        // Word wants a paragraph between a table and what follows; the note (if any) is that paragraph.
        if (notBlank(table.note())) {
            paragraph(x, "<w:spacing w:before=\"120\"/>", run(table.note(), false, TABLE_TEXT));
        } else {
            x.append("<w:p/>");
        }
    }

    private void cell(StringBuilder x, int width, int span, String fill, String text, boolean bold, String jc) {
        x.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (span > 1) {
            x.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        }
        if (fill != null) {
            x.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"")
                    .append(fill)
                    .append("\"/>");
        }
        x.append("</w:tcPr><w:p><w:pPr>");
        if (span > 1) {
            x.append("<w:keepNext/>");
        }
        x.append("<w:jc w:val=\"").append(jc).append("\"/></w:pPr>");
        x.append(run(text, bold, TABLE_TEXT));
        x.append("</w:p></w:tc>");
    }

    /** Column widths in twips from the relative widths, filling the text width; equal columns if none given. */
    static int[] grid(List<Integer> widths, int n, int textWidth) {
        int[] grid = new int[n];
        long sum = 0;
        boolean usable = widths != null && widths.size() == n;
        if (usable) {
            for (Integer w : widths) {
                if (w == null || w <= 0) {
                    usable = false;
                    break;
                }
                sum += w;
            }
        }
        int used = 0;
        for (int i = 0; i < n; i++) {
            grid[i] = usable ? (int) (textWidth * (long) widths.get(i) / sum) : textWidth / n;
            used += grid[i];
        }
        grid[n - 1] += textWidth - used;
        return grid;
    }

    private static void paragraph(StringBuilder x, String pPr, String runs) {
        x.append("<w:p>");
        if (!pPr.isEmpty()) {
            x.append("<w:pPr>").append(pPr).append("</w:pPr>");
        }
        x.append(runs).append("</w:p>");
    }

    /** A run in Sarabun; line breaks in the text become {@code w:br}, tabs {@code w:tab}. */
    static String run(String text, boolean bold, int halfPoints) {
        StringBuilder x = new StringBuilder(text == null ? 160 : text.length() + 200);
        x.append("<w:r>");
        rPr(x, bold, halfPoints);
        if (text != null && !text.isEmpty()) {
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : '\n';
                if (c == '\n' || c == '\t' || c == '\r') {
                    if (i > start) {
                        x.append("<w:t xml:space=\"preserve\">");
                        escape(x, text, start, i);
                        x.append("</w:t>");
                    }
                    if (i < text.length()) {
                        if (c == '\n') {
                            x.append("<w:br/>");
                        } else if (c == '\t') {
                            x.append("<w:tab/>");
                        }
                    }
                    start = i + 1;
                }
            }
        }
        x.append("</w:r>");
        return x.toString();
    }

    private static void rPr(StringBuilder x, boolean bold, int halfPoints) {
        x.append("<w:rPr><w:rFonts w:ascii=\"")
                .append(FONT)
                .append("\" w:hAnsi=\"")
                .append(FONT)
                .append("\" w:eastAsia=\"")
                .append(FONT)
                .append("\" w:cs=\"")
                .append(FONT)
                .append("\"/>");
        if (bold) {
            x.append("<w:b/><w:bCs/>");
        }
        x.append("<w:sz w:val=\"")
                .append(halfPoints)
                .append("\"/><w:szCs w:val=\"")
                .append(halfPoints)
                // Latin words (No Gift Policy, ITA) in English: tagged Thai, LibreOffice breaks them anywhere ("N|o");
                // Thai characters are complex script and take w:bidi.
                .append("\"/><w:lang w:val=\"en-US\" w:eastAsia=\"th-TH\" w:bidi=\"th-TH\"/></w:rPr>");
    }

    /** XML-escapes text and drops the characters XML 1.0 cannot carry (control characters from pasted text). */
    static void escape(StringBuilder x, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '"' -> x.append("&quot;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t') {
                        x.append(c);
                    }
                }
            }
        }
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder x = new StringBuilder(s.length() + 16);
        escape(x, s, 0, s.length());
        return x.toString();
    }

    // ---------------------------------------------------------------- the other parts

    private static String footer(DigitStyle digits) {
        // PAGE follows the section's number format (thaiNumbers); NUMPAGES needs the ThaiArabic switch.
        String sw = digits == DigitStyle.THAI ? " \\* ThaiArabic" : "";
        StringBuilder x = new StringBuilder(1024);
        x.append(XML_DECL)
                .append("<w:ftr xmlns:w=\"")
                .append(NS_W)
                .append("\" xmlns:r=\"")
                .append(NS_R)
                .append("\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>");
        x.append(run("หน้า ", false, TABLE_TEXT));
        x.append("<w:fldSimple w:instr=\" PAGE")
                .append(sw)
                .append(" \">")
                .append(run(ThaiNumbers.whole(1, digits), false, TABLE_TEXT))
                .append("</w:fldSimple>");
        x.append(run(" / ", false, TABLE_TEXT));
        x.append("<w:fldSimple w:instr=\" NUMPAGES")
                .append(sw)
                .append(" \">")
                .append(run(ThaiNumbers.whole(1, digits), false, TABLE_TEXT))
                .append("</w:fldSimple>");
        x.append("</w:p></w:ftr>");
        return x.toString();
    }

    private static String styles() {
        StringBuilder x = new StringBuilder(2048);
        x.append(XML_DECL).append("<w:styles xmlns:w=\"").append(NS_W).append("\"><w:docDefaults><w:rPrDefault>");
        rPr(x, false, BODY);
        x.append("</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>")
                .append("</w:pPr></w:pPrDefault></w:docDefaults>")
                .append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>")
                .append("<w:qFormat/></w:style>")
                .append("<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>")
                .append("<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>")
                .append("<w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr>");
        rPr(x, true, HEADING);
        x.append("</w:style>")
                .append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">")
                .append("<w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>")
                .append("<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
                .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>")
                .append("</w:tblPr></w:style></w:styles>");
        return x.toString();
    }

    private static String settings() {
        return XML_DECL + "<w:settings xmlns:w=\"" + NS_W + "\"><w:zoom w:percent=\"100\"/>"
                + "<w:embedTrueTypeFonts/><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:themeFontLang w:val=\"th-TH\" w:eastAsia=\"th-TH\" w:bidi=\"th-TH\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
                + " w:val=\"15\"/></w:compat></w:settings>";
    }

    /** Sarabun with the Thai character set (DE = 222, THAI_CHARSET) and both embedded faces. */
    private static String fontTable() {
        return XML_DECL + "<w:fonts xmlns:w=\"" + NS_W + "\" xmlns:r=\"" + NS_R + "\"><w:font w:name=\""
                + EmbeddedFonts.NAME + "\"><w:charset w:val=\"DE\"/><w:family w:val=\"swiss\"/>"
                + "<w:pitch w:val=\"variable\"/><w:sig " + EmbeddedFonts.SIGNATURE + "/>"
                + "<w:embedRegular r:id=\"" + EmbeddedFonts.REGULAR.relationshipId() + "\" w:fontKey=\""
                + EmbeddedFonts.REGULAR.fontKey() + "\"/>"
                + "<w:embedBold r:id=\"" + EmbeddedFonts.BOLD.relationshipId() + "\" w:fontKey=\""
                + EmbeddedFonts.BOLD.fontKey() + "\"/></w:font></w:fonts>";
    }

    private static String fontTableRels() {
        String type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
        StringBuilder x = new StringBuilder(XML_DECL)
                .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (EmbeddedFonts.Face face : List.of(EmbeddedFonts.REGULAR, EmbeddedFonts.BOLD)) {
            x.append("<Relationship Id=\"")
                    .append(face.relationshipId())
                    .append("\" Type=\"")
                    .append(type)
                    .append("\" Target=\"")
                    .append(face.part())
                    .append("\"/>");
        }
        return x.append("</Relationships>").toString();
    }

    private static String contentTypes() {
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        return XML_DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"odttf\" ContentType=\"application/vnd.openxmlformats-officedocument.obfuscatedFont\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + wml + "styles+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"" + wml + "settings+xml\"/>"
                + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"" + wml + "fontTable+xml\"/>"
                + "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + wml + "footer+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\""
                + " ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "</Types>";
    }

    private static String packageRels() {
        String base = "http://schemas.openxmlformats.org/";
        return XML_DECL + "<Relationships xmlns=\"" + base + "package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + base + "officeDocument/2006/relationships/officeDocument\""
                + " Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + base + "package/2006/relationships/metadata/core-properties\""
                + " Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + base + "officeDocument/2006/relationships/extended-properties\""
                + " Target=\"docProps/app.xml\"/></Relationships>";
    }

    private static String documentRels() {
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        return XML_DECL + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdStyles\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rIdSettings\" Type=\"" + rel + "settings\" Target=\"settings.xml\"/>"
                + "<Relationship Id=\"rIdFontTable\" Type=\"" + rel + "fontTable\" Target=\"fontTable.xml\"/>"
                + "<Relationship Id=\"rIdFooter1\" Type=\"" + rel + "footer\" Target=\"footer1.xml\"/>"
                + "</Relationships>";
    }

    private static String core(ReportLayout.Meta meta) {
        StringBuilder x = new StringBuilder(1024);
        x.append(XML_DECL)
                .append("<cp:coreProperties")
                .append(" xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        if (meta != null) {
            element(x, "dc:title", meta.title());
            element(x, "dc:subject", meta.subject());
            element(x, "dc:creator", meta.author());
            element(x, "cp:keywords", meta.keywords());
            element(x, "dc:language", notBlank(meta.language()) ? meta.language() : "th-TH");
            Instant at = meta.generatedAt();
            if (at != null) {
                String w3c = DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
                x.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
                        .append(w3c)
                        .append("</dcterms:created>");
                x.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
                        .append(w3c)
                        .append("</dcterms:modified>");
            }
        }
        x.append("</cp:coreProperties>");
        return x.toString();
    }

    private static void element(StringBuilder x, String name, String value) {
        if (notBlank(value)) {
            x.append('<').append(name).append('>');
            escape(x, value, 0, value.length());
            x.append("</").append(name).append('>');
        }
    }

    private static String app() {
        return XML_DECL
                + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
                + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<Application>Prongsai</Application><DocSecurity>0</DocSecurity></Properties>";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
