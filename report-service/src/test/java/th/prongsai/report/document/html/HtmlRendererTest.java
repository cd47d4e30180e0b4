package th.prongsai.report.document.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.report.document.ReportLayout;
import th.prongsai.report.document.ReportLayout.Orientation;
import th.prongsai.report.document.ReportLayout.Row;
import th.prongsai.report.document.ReportLayout.Table;
import th.prongsai.report.document.ReportLayout.TableKind;
import th.prongsai.report.document.docx.SampleLayouts;

class HtmlRendererTest {

    private static final Set<String> VOID = Set.of("meta", "br", "col", "link", "img", "hr", "input");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");

    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void isOneWellFormedSelfContainedThaiPage() {
        String html = render(SampleLayouts.taPhae2567());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"th\">", "<meta charset=\"utf-8\">");
        assertBalanced(html);
        // No external request of any kind: no script, no link, no url() but data: URIs, no src.
        assertThat(html).doesNotContain("<script", "<link", "src=", "http://", "https://", "@import");
        assertThat(html).doesNotContainPattern("url\\((?!data:)");
        // Sarabun travels inside the page, both faces, for readers who do not have it.
        assertThat(html)
                .contains(
                        "@font-face { font-family: 'Sarabun'; font-weight: 400; src: url(data:font/ttf;base64,AAEAAA",
                        "@font-face { font-family: 'Sarabun'; font-weight: 700; src: url(data:font/ttf;base64,AAEAAA");
        assertThat(renderer.format()).isEqualTo("html");
        assertThat(renderer.mediaType()).startsWith("text/html").containsIgnoringCase("utf-8");
    }

    @Test
    void memoAndParagraphTextIsJustifiedBetweenCharactersAsThaiDistributed() {
        String html = render(SampleLayouts.taPhae2567());
        assertThat(html).contains("p.body { text-indent: 2.5cm; text-align: justify; text-justify: inter-character; }");
        assertThat(html).contains("<p class=\"body\">ตามที่สำนักงาน", "<p class=\"body\">หลักเกณฑ์การประเมิน");
    }

    @Test
    void hasPrintCssWithLandscapeNamedPagesAndRepeatedHeaders() {
        String html = render(SampleLayouts.taPhae2567());

        assertThat(html)
                .contains(
                        "'Sarabun', 'TH Sarabun New'",
                        "@page { size: A4;",
                        "@page wide { size: A4 landscape;",
                        "section.wide { page: wide; }",
                        "thead { display: table-header-group; }",
                        "@media print",
                        "counter(page, thai)");
        // Only the measures table is landscape.
        assertThat(count(html, "class=\"table wide\"")).isEqualTo(1);
        assertThat(count(html, "class=\"table portrait\"")).isEqualTo(1);
        assertThat(count(html, "<thead>")).isEqualTo(2);
        assertThat(count(html, "<tr class=\"group\"><th colspan=\"6\"")).isEqualTo(SampleLayouts.THEMES.length);
    }

    @Test
    void everyMeasureAndMemoTextIsPresent() {
        String html = render(SampleLayouts.taPhae2567());

        for (String title : SampleLayouts.measureTitles()) {
            assertThat(html).contains(title);
        }
        assertThat(html)
                .contains(
                        "บันทึกข้อความ",
                        "นศ ๕๓๓๐๑/๖๕๓",
                        "๒๒ ตุลาคม ๒๕๖๗",
                        "ความเห็นปลัดเทศบาลตำบลท่าแพ",
                        "(นางสายฝน ยกชู)",
                        "ที่ น้ำ ปู่ ญี่ปุ่น ดำเนินการ ความโปร่งใส",
                        "๑. สำนักปลัดเทศบาล<br>๒. กองคลัง");
    }

    @Test
    void everyTextIsEscaped() {
        ReportLayout base = SampleLayouts.taPhae2567("<script>alert('x')</script> & co");
        ReportLayout layout = new ReportLayout(
                base.meta(),
                DigitStyle.ARABIC,
                List.of(new Table(
                        TableKind.SCORES,
                        "A < B & C",
                        List.of("<b>", "&amp;"),
                        List.of(1, 1),
                        List.of(
                                Row.group("<img src=x onerror=alert(1)>"),
                                Row.data(List.of("x < y && \"q\"", "line1\nline2"))),
                        "</table>",
                        Orientation.LANDSCAPE)));

        String html = render(layout);
        assertThat(html)
                .contains(
                        "<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co</title>",
                        "A &lt; B &amp; C",
                        "&lt;b&gt;",
                        "&amp;amp;",
                        "&lt;img src=x onerror=alert(1)&gt;",
                        "x &lt; y &amp;&amp; &quot;q&quot;",
                        "line1<br>line2",
                        "&lt;/table&gt;");
        assertThat(html).doesNotContain("<script>", "<img", "<b>");
        assertBalanced(html);
        // A layout in Arabic digits: no Thai page counter.
        assertThat(html).doesNotContain("counter(page, thai)");
    }

    private String render(ReportLayout layout) {
        return new String(renderer.render(layout), StandardCharsets.UTF_8);
    }

    /** A simple well-formedness check: every non-void tag is closed in order (outside the style element). */
    private static void assertBalanced(String html) {
        String body =
                html.replaceAll("(?s)<style>.*?</style>", "<style></style>").replaceFirst("<!DOCTYPE html>", "");
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(body);
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            if (VOID.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertThat(open).as("closing </%s>", name).isNotEmpty();
                assertThat(open.pop()).as("closing </%s>", name).isEqualTo(name);
            }
        }
        assertThat(open).isEmpty();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
