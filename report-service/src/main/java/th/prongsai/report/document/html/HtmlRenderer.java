package th.prongsai.report.document.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import th.prongsai.ita.thai.DigitStyle;
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
 * One self-contained UTF-8 HTML page (no script, no external request: it is published as is) with print CSS:
 * A4, tables on landscape pages, table headers repeated on each printed page. Every text is HTML-escaped.
 * Stateless and thread-safe.
 */
@Component
class HtmlRenderer implements ReportRenderer {

    static final String MEDIA_TYPE = "text/html;charset=UTF-8";

    private static final String DOTS =
            "..........................................................................................";

    /**
     * Sarabun itself, inside the page: a reader without Sarabun (a phone, a fresh Linux) would otherwise get another
     * Thai font or none. Data URIs keep the page self-contained and within its {@code font-src data:} policy.
     */
    private static final String FONT_FACES = fontFace(400, "Sarabun-Regular") + fontFace(700, "Sarabun-Bold");

    private static String fontFace(int weight, String file) {
        try (var in = HtmlRenderer.class.getClassLoader().getResourceAsStream("fonts/sarabun/" + file + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("fonts/sarabun/" + file + ".ttf is missing");
            }
            return "@font-face { font-family: 'Sarabun'; font-weight: " + weight + "; src: url(data:font/ttf;base64,"
                    + Base64.getEncoder().encodeToString(in.readAllBytes()) + ") format('truetype'); }\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Named pages: a landscape section goes on {@code wide} pages, and a change of page name starts a new page. */
    private static final String CSS = """
            :root { --rule: #000; --group: #ededed; --head: #d9d9d9; }
            * { box-sizing: border-box; }
            html { font-family: 'Sarabun', 'TH Sarabun New', 'TH SarabunPSK', sans-serif; font-size: 11pt;
              line-height: 1.5; color: #000; background: #fff; }
            body { margin: 0 auto; max-width: 27cm; padding: 1cm; }
            section { margin-bottom: 2em; }
            section.memo, section.portrait { max-width: 17cm; }
            h1.memo-title { text-align: center; font-size: 20pt; margin: 0 0 .5em; }
            h2 { font-size: 14pt; margin: .8em 0 .4em; }
            p { margin: 0; }
            p.body { text-indent: 2.5cm; text-align: justify; text-justify: inter-character; }
            p.heading { font-weight: bold; text-indent: 2.5cm; margin-top: .5em; }
            p.line { display: flex; justify-content: space-between; gap: 1em; }
            p.line > span { flex: 1; }
            .label { font-weight: bold; }
            .signature { margin: 2em 0 0 50%; text-align: center; break-inside: avoid; }
            .approver { margin-top: 1.5em; break-inside: avoid; }
            .approver .dots { overflow: hidden; white-space: nowrap; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 10pt; }
            th, td { border: 1px solid var(--rule); padding: 2px 4px; vertical-align: top; text-align: left;
              overflow-wrap: anywhere; }
            thead th { background: var(--head); text-align: center; vertical-align: middle; }
            tr.group th { background: var(--group); text-align: left; }
            .note { font-size: 10pt; margin-top: .4em; }
            @page { size: A4; margin: 2.5cm 2cm 2cm 3cm;
              @bottom-center { content: "หน้า " counter(page) " / " counter(pages); font-size: 10pt; } }
            @page wide { size: A4 landscape; margin: 2cm; }
            @media print {
              body { max-width: none; padding: 0; }
              section { margin: 0; }
              section.memo, section.portrait { max-width: none; }
              section.wide { page: wide; }
              section.memo + section { break-before: page; }
              thead { display: table-header-group; }
              tr { break-inside: avoid; }
              tr.group { break-after: avoid; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public byte[] render(ReportLayout layout) {
        StringBuilder h = new StringBuilder(128 * 1024);
        ReportLayout.Meta meta = layout.meta();
        h.append("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>").append(escape(meta == null ? "" : meta.title())).append("</title>\n");
        if (meta != null) {
            metaTag(h, "description", meta.subject());
            metaTag(h, "author", meta.author());
            metaTag(h, "keywords", meta.keywords());
            metaTag(h, "generator", "Prongsai");
        }
        h.append("<style>\n").append(FONT_FACES).append(CSS);
        if (layout.digits() == DigitStyle.THAI) {
            // The CSS counter style "thai" prints page numbers in Thai digits, like the rest of the text.
            h.append(
                    "@page { @bottom-center { content: \"หน้า \" counter(page, thai) \" / \" counter(pages, thai); } }\n");
        }
        h.append("</style>\n</head>\n<body>\n");
        for (Section section : layout.sections()) {
            switch (section) {
                case Memo memo -> memo(h, memo);
                case Paragraphs paragraphs -> paragraphs(h, paragraphs);
                case Table table -> table(h, table);
            }
        }
        h.append("</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void metaTag(StringBuilder h, String name, String content) {
        if (notBlank(content)) {
            h.append("<meta name=\"")
                    .append(name)
                    .append("\" content=\"")
                    .append(escape(content))
                    .append("\">\n");
        }
    }

    private static String sectionClass(Section section, String kind) {
        return kind + (section.orientation() == Orientation.LANDSCAPE ? " wide" : " portrait");
    }

    private void memo(StringBuilder h, Memo memo) {
        h.append("<section class=\"memo\">\n<h1 class=\"memo-title\">บันทึกข้อความ</h1>\n");
        labelled(h, "ส่วนราชการ", memo.agency());
        h.append("<p class=\"line\"><span><span class=\"label\">ที่</span> ")
                .append(text(memo.reference()))
                .append("</span><span><span class=\"label\">วันที่</span> ")
                .append(text(memo.date()))
                .append("</span></p>\n");
        labelled(h, "เรื่อง", memo.subject());
        labelled(h, "เรียน", memo.to());
        for (HeadedParagraph p : nullSafe(memo.body())) {
            if (notBlank(p.heading())) {
                h.append("<p class=\"heading\">").append(text(p.heading())).append("</p>\n");
            }
            body(h, p.text());
        }
        if (notBlank(memo.closing())) {
            h.append("<p class=\"body\">").append(text(memo.closing())).append("</p>\n");
        }
        h.append("<div class=\"signature\"><p>(")
                .append(text(orDots(memo.signatureName())))
                .append(")</p>");
        if (notBlank(memo.signaturePosition())) {
            h.append("<p>").append(text(memo.signaturePosition())).append("</p>");
        }
        h.append("</div>\n");
        for (ApproverBlock a : nullSafe(memo.approvers())) {
            String position = a.position() == null ? "" : a.position();
            String heading = a.heading();
            h.append("<div class=\"approver\"><p class=\"label\">")
                    .append(text(heading))
                    .append("</p>\n");
            if (notBlank(a.comment())) {
                h.append("<p class=\"body\">").append(text(a.comment())).append("</p>\n");
            } else {
                h.append("<p class=\"dots\">")
                        .append(DOTS)
                        .append("</p><p class=\"dots\">")
                        .append(DOTS)
                        .append("</p>\n");
            }
            h.append("<div class=\"signature\"><p>(ลงชื่อ) ")
                    .append(notBlank(a.name()) ? "" : "................................................")
                    .append("</p><p>(")
                    .append(text(orDots(a.name())))
                    .append(")</p>");
            if (notBlank(position)) {
                h.append("<p>").append(text(position)).append("</p>");
            }
            h.append("<p>วันที่ ")
                    .append(notBlank(a.date()) ? text(a.date()) : "........................")
                    .append("</p></div></div>\n");
        }
        h.append("</section>\n");
    }

    private static void labelled(StringBuilder h, String label, String value) {
        h.append("<p><span class=\"label\">")
                .append(label)
                .append("</span> ")
                .append(text(value))
                .append("</p>\n");
    }

    private static void body(StringBuilder h, String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\n", -1)) {
            h.append("<p class=\"body\">").append(escape(line)).append("</p>\n");
        }
    }

    private void paragraphs(StringBuilder h, Paragraphs section) {
        h.append("<section class=\"")
                .append(sectionClass(section, "paragraphs"))
                .append("\">\n");
        if (notBlank(section.heading())) {
            h.append("<h2>").append(text(section.heading())).append("</h2>\n");
        }
        for (String p : nullSafe(section.paragraphs())) {
            body(h, p);
        }
        h.append("</section>\n");
    }

    private void table(StringBuilder h, Table table) {
        h.append("<section class=\"").append(sectionClass(table, "table")).append("\">\n");
        if (notBlank(table.heading())) {
            h.append("<h2>").append(text(table.heading())).append("</h2>\n");
        }
        List<String> columns = nullSafe(table.columns());
        int n = Math.max(1, columns.size());
        h.append("<table>\n<colgroup>");
        double[] percent = percents(table.widths(), n);
        for (double p : percent) {
            h.append("<col style=\"width:")
                    .append(String.format(Locale.ROOT, "%.2f", p))
                    .append("%\">");
        }
        h.append("</colgroup>\n<thead><tr>");
        for (String column : columns) {
            h.append("<th scope=\"col\">").append(text(column)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Row row : nullSafe(table.rows())) {
            if (row.group()) {
                h.append("<tr class=\"group\"><th colspan=\"")
                        .append(n)
                        .append("\" scope=\"colgroup\">")
                        .append(text(row.title()))
                        .append("</th></tr>\n");
                continue;
            }
            h.append("<tr>");
            for (String cell : row.cells(n)) {
                h.append("<td>").append(text(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (notBlank(table.note())) {
            h.append("<p class=\"note\">").append(text(table.note())).append("</p>\n");
        }
        h.append("</section>\n");
    }

    static double[] percents(List<Integer> widths, int n) {
        double[] p = new double[n];
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
        for (int i = 0; i < n; i++) {
            p[i] = usable ? 100.0 * widths.get(i) / sum : 100.0 / n;
        }
        return p;
    }

    /** Escaped text with its line breaks as {@code <br>}. */
    static String text(String s) {
        return escape(s).replace("\n", "<br>");
    }

    /** HTML-escapes text for element content and attribute values; drops control characters. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder x = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '"' -> x.append("&quot;");
                case '\'' -> x.append("&#39;");
                case '\r' -> {}
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        x.append(c);
                    }
                }
            }
        }
        return x.toString();
    }

    private static String orDots(String s) {
        return notBlank(s) ? s : "................................................";
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
