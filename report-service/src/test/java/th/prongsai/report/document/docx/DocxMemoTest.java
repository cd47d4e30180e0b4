package th.prongsai.report.document.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import th.prongsai.report.document.PresetLayouts;
import th.prongsai.report.document.ReportLayout;
import th.prongsai.report.document.ReportTemplate;

/** The DOCX memo keeps its approvers' blocks together and with the memo, for every preset and chains of 1–5. */
class DocxMemoTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private final DocxRenderer renderer = new DocxRenderer();

    @Test
    void fromTheClosingLineToTheLastBlockEveryParagraphKeepsWithTheNextAndNoBlockRowSplits() throws Exception {
        for (ReportTemplate preset : PresetLayouts.PRESETS) {
            for (int approvers = 1; approvers <= 5; approvers++) {
                for (boolean signed : new boolean[] {false, true}) {
                    String what =
                            "%s, %d approvers, %s".formatted(preset.code(), approvers, signed ? "signed" : "blank");
                    ReportLayout layout = PresetLayouts.withMemo(preset, approvers, signed);
                    Document doc = DocxRendererTest.parse(
                            DocxRendererTest.unzip(renderer.render(layout)).get("word/document.xml"));
                    List<Element> memo = memoParagraphs(doc);
                    int closing = indexOf(memo, "จึงเรียนมาเพื่อโปรดทราบ");
                    assertThat(has(memo.getLast(), "sectPr"))
                            .as(what + ": the memo ends its section")
                            .isTrue();
                    assertThat(memo.getLast().getParentNode().getLocalName())
                            .as(what)
                            .isEqualTo("body");
                    int last = memo.size() - 1;
                    while (text(memo.get(last)).isEmpty()) {
                        last--;
                    }
                    assertThat(closing).as(what).isPositive();
                    for (int i = closing; i < last; i++) {
                        if (inLastRow(memo.get(i))) {
                            continue; // Word keeps a row whole (cantSplit); the last row needs nothing after it
                        }
                        assertThat(has(memo.get(i), "keepNext"))
                                .as("%s: \"%s\" keeps with the next", what, text(memo.get(i)))
                                .isTrue();
                    }
                    assertThat(text(memo.get(last))).as(what).startsWith("วันที่");
                    List<String> headings = memo.stream()
                            .map(DocxMemoTest::text)
                            .filter(t -> t.startsWith("ความเห็น"))
                            .toList();
                    assertThat(headings).as(what).hasSize(approvers);
                    NodeList tables = doc.getElementsByTagNameNS(W, "tbl");
                    if (approvers >= 3) {
                        Element grid = (Element) tables.item(0);
                        NodeList rows = grid.getElementsByTagNameNS(W, "tr");
                        assertThat(rows.getLength()).as(what).isEqualTo((approvers + 1) / 2);
                        for (int r = 0; r < rows.getLength(); r++) {
                            assertThat(((Element) rows.item(r))
                                            .getElementsByTagNameNS(W, "cantSplit")
                                            .getLength())
                                    .as(what)
                                    .isEqualTo(1);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aLongChainSetsTheMemoSmallerAsThePdfMeasuredIt(TestReporter reporter) throws Exception {
        ReportTemplate preset = PresetLayouts.PRESETS.getFirst();
        String one = xml(PresetLayouts.withMemo(preset, 1, false));
        String five = xml(PresetLayouts.withMemo(preset, 5, true));
        // what measuring the memo costs (reported, not asserted)
        ReportLayout layout = PresetLayouts.withMemo(preset, 5, true);
        for (int i = 0; i < 5; i++) {
            renderer.render(layout);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            renderer.render(layout);
        }
        reporter.publishEntry(
                "DOCX with a five-approver memo (measured by the PDF), ms",
                String.format("%.1f", (System.nanoTime() - t0) / 20 / 1e6));
        assertThat(one).contains("<w:sz w:val=\"22\"/>");
        assertThat(five)
                .doesNotContain("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"en-US\""
                        + " w:eastAsia=\"th-TH\" w:bidi=\"th-TH\"/></w:rPr><w:t xml:space=\"preserve\">ความเห็น");
    }

    private String xml(ReportLayout layout) throws Exception {
        return new String(
                DocxRendererTest.unzip(renderer.render(layout)).get("word/document.xml"), StandardCharsets.UTF_8);
    }

    /** The body's paragraphs (and those in the approvers' table, in reading order) up to the first section break. */
    private static List<Element> memoParagraphs(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < all.getLength(); i++) {
            Element p = (Element) all.item(i);
            if (insideMeasureTable(p)) {
                continue;
            }
            if (!text(p).isEmpty() || has(p, "sectPr")) {
                out.add(p);
            }
            if (has(p, "sectPr")) {
                break;
            }
        }
        return out;
    }

    private static boolean inLastRow(Element p) {
        for (Node n = p.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element e && "tr".equals(e.getLocalName())) {
                Node next = e.getNextSibling();
                return next == null;
            }
        }
        return false;
    }

    private static boolean insideMeasureTable(Element p) {
        for (Node n = p.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element e && "tbl".equals(e.getLocalName())) {
                return e.getElementsByTagNameNS(W, "tblHeader").getLength() > 0;
            }
        }
        return false;
    }

    private static int indexOf(List<Element> ps, String text) {
        for (int i = 0; i < ps.size(); i++) {
            if (text(ps.get(i)).startsWith(text)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean has(Element p, String name) {
        return p.getElementsByTagNameNS(W, name).getLength() > 0;
    }

    private static String text(Element p) {
        StringBuilder s = new StringBuilder();
        NodeList ts = p.getElementsByTagNameNS(W, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            s.append(ts.item(i).getTextContent());
        }
        return s.toString().strip();
    }
}
