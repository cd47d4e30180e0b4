package th.prongsai.report.document.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.report.document.ReportLayout;
import th.prongsai.report.document.ReportLayout.Orientation;
import th.prongsai.report.document.ReportLayout.Row;
import th.prongsai.report.document.ReportLayout.Table;
import th.prongsai.report.document.ReportLayout.TableKind;

class DocxRendererTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final DocxRenderer renderer = new DocxRenderer();

    @Test
    void packageHasEveryPartAndEachIsWellFormedXml() throws Exception {
        Map<String, byte[]> parts = unzip(renderer.render(SampleLayouts.taPhae2567()));

        assertThat(parts.keySet()).first().isEqualTo("[Content_Types].xml");
        assertThat(parts)
                .containsKeys(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "word/document.xml",
                        "word/styles.xml",
                        "word/settings.xml",
                        "word/_rels/document.xml.rels",
                        "word/footer1.xml",
                        "docProps/core.xml",
                        "docProps/app.xml");
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (!part.getKey().endsWith(".odttf")) {
                parse(part.getValue()); // throws on malformed XML
            }
        }
        assertThat(renderer.format()).isEqualTo("docx");
        assertThat(renderer.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void everyRunIsSarabunWithTheComplexScriptAttributes() throws Exception {
        Document doc = documentXml(SampleLayouts.taPhae2567());

        NodeList runs = doc.getElementsByTagNameNS(W, "r");
        assertThat(runs.getLength()).isGreaterThan(100);
        for (Element run : elements(runs)) {
            if (run.getElementsByTagNameNS(W, "t").getLength() > 0) {
                assertThat(run.getElementsByTagNameNS(W, "rFonts").getLength())
                        .as("a run with text")
                        .isEqualTo(1);
            }
        }
        NodeList fonts = doc.getElementsByTagNameNS(W, "rFonts");
        for (Element f : elements(fonts)) {
            for (String a : List.of("ascii", "hAnsi", "cs", "eastAsia")) {
                assertThat(f.getAttributeNS(W, a)).as(a).isEqualTo("Sarabun");
            }
        }
        for (Element sz : elements(doc.getElementsByTagNameNS(W, "sz"))) {
            Element szCs = next(sz);
            assertThat(szCs.getLocalName()).isEqualTo("szCs");
            assertThat(szCs.getAttributeNS(W, "val")).isEqualTo(sz.getAttributeNS(W, "val"));
        }
        List<Element> bold = elements(doc.getElementsByTagNameNS(W, "b"));
        assertThat(bold).isNotEmpty();
        for (Element b : bold) {
            assertThat(next(b).getLocalName()).isEqualTo("bCs");
        }
        for (Element lang : elements(doc.getElementsByTagNameNS(W, "lang"))) {
            assertThat(lang.getAttributeNS(W, "val")).as("Latin words").isEqualTo("en-US");
            assertThat(lang.getAttributeNS(W, "bidi"))
                    .as("Thai, a complex script")
                    .isEqualTo("th-TH");
        }
        // The defaults say the same, for text a user types into the document later.
        String styles = new String(
                unzip(renderer.render(SampleLayouts.taPhae2567())).get("word/styles.xml"), StandardCharsets.UTF_8);
        assertThat(styles).contains("w:cs=\"Sarabun\"", "w:bidi=\"th-TH\"", "<w:szCs w:val=\"22\"/>");
    }

    @Test
    void memoAndParagraphSectionsUseThaiDistributedAlignment() throws Exception {
        Document doc = documentXml(SampleLayouts.taPhae2567());
        int distributed = 0;
        for (Element p : elements(doc.getElementsByTagNameNS(W, "p"))) {
            String text = p.getTextContent();
            boolean body = text.startsWith("ตามที่สำนักงาน")
                    || text.startsWith("หลักเกณฑ์การประเมิน")
                    || text.startsWith("ผลการดำเนินการตามมาตรการ");
            if (body) {
                Element jc = (Element) p.getElementsByTagNameNS(W, "jc").item(0);
                assertThat(jc.getAttributeNS(W, "val")).as(text).isEqualTo("thaiDistribute");
                distributed++;
            }
        }
        assertThat(distributed).isEqualTo(3);
    }

    @Test
    void tablesRepeatHeadersAndGroupsAreShadedRowsAcrossAllColumns() throws Exception {
        Document doc = documentXml(SampleLayouts.taPhae2567());

        // the memo's three approvers stand in a borderless grid, then the score and measures tables
        assertThat(doc.getElementsByTagNameNS(W, "tbl").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagNameNS(W, "tblHeader").getLength()).isEqualTo(2);
        List<Element> spans = elements(doc.getElementsByTagNameNS(W, "gridSpan"));
        assertThat(spans).hasSize(SampleLayouts.THEMES.length);
        for (Element span : spans) {
            assertThat(span.getAttributeNS(W, "val")).isEqualTo("6");
            Element shd = next(span);
            assertThat(shd.getLocalName()).isEqualTo("shd");
            assertThat(shd.getAttributeNS(W, "fill")).isNotBlank();
        }
        // 30 measures + 7 groups + header in the measures table.
        Element measures = (Element) doc.getElementsByTagNameNS(W, "tbl").item(2);
        assertThat(measures.getElementsByTagNameNS(W, "tr").getLength()).isEqualTo(38);
        assertThat(measures.getElementsByTagNameNS(W, "gridCol").getLength()).isEqualTo(6);
        // Cell line breaks are w:br, not literal newlines.
        assertThat(measures.getElementsByTagNameNS(W, "br").getLength()).isGreaterThan(30 * 5);
    }

    @Test
    void orientationChangesAreSectionBreaksWithA4Sizes() throws Exception {
        Document doc = documentXml(SampleLayouts.taPhae2567());

        List<Element> sections = elements(doc.getElementsByTagNameNS(W, "sectPr"));
        // memo (a page of its own) | framework, scores (portrait) | measures (landscape) | outcome (portrait)
        assertThat(sections).hasSize(4);
        List<String> sizes = new ArrayList<>();
        for (Element s : sections) {
            Element pgSz = (Element) s.getElementsByTagNameNS(W, "pgSz").item(0);
            sizes.add(pgSz.getAttributeNS(W, "w") + "x" + pgSz.getAttributeNS(W, "h") + ":"
                    + pgSz.getAttributeNS(W, "orient"));
            assertThat(s.getElementsByTagNameNS(W, "footerReference").getLength())
                    .isEqualTo(1);
            assertThat(((Element) s.getElementsByTagNameNS(W, "pgNumType").item(0)).getAttributeNS(W, "fmt"))
                    .isEqualTo("thaiNumbers");
        }
        assertThat(sizes).containsExactly("11906x16838:", "11906x16838:", "16838x11906:landscape", "11906x16838:");
        // No paragraph holds only a section break (that would risk a blank page).
        for (Element s : sections.subList(0, 3)) {
            Element p = (Element) s.getParentNode().getParentNode();
            assertThat(p.getLocalName()).isEqualTo("p");
        }
        // The last section's properties close the body.
        Element body = (Element) doc.getElementsByTagNameNS(W, "body").item(0);
        assertThat(((Element) body.getLastChild()).getLocalName()).isEqualTo("sectPr");
    }

    @Test
    void everyMeasureAndMemoTextIsPresent() throws Exception {
        String text = text(documentXml(SampleLayouts.taPhae2567()));

        for (String title : SampleLayouts.measureTitles()) {
            assertThat(text).contains(title);
        }
        for (String theme : SampleLayouts.THEMES) {
            assertThat(text).contains(theme);
        }
        assertThat(text)
                .contains(
                        "บันทึกข้อความ",
                        "ส่วนราชการ",
                        "นศ ๕๓๓๐๑/๖๕๓",
                        "๒๒ ตุลาคม ๒๕๖๗",
                        "เรียน",
                        "นายกเทศมนตรีตำบลท่าแพ",
                        "เรื่องเดิม",
                        "ข้อเท็จจริง",
                        "จึงเรียนมาเพื่อโปรดทราบ",
                        "(นางสาวกมลทิพย์ วัจนะพันธ์)",
                        "ความเห็นหัวหน้าสำนักปลัดเทศบาล",
                        "ทราบ เห็นควรเสนอปลัดเทศบาล",
                        "(นางสายฝน ยกชู)",
                        "ความเห็นปลัดเทศบาลตำบลท่าแพ",
                        "(ลงชื่อ)",
                        "ที่ น้ำ ปู่ ญี่ปุ่น ดำเนินการ ความโปร่งใส",
                        "หน่วยงานที่รับผิดชอบ",
                        "๑๐. การป้องกันการทุจริต",
                        "เกณฑ์ผ่าน ๘๕ คะแนน");
    }

    @Test
    void textIsEscaped() throws Exception {
        ReportLayout layout = SampleLayouts.taPhae2567("<script>alert('x')</script> & \"ITA\" ๒๕๖๗");
        ReportLayout withNasty = new ReportLayout(
                layout.meta(),
                layout.digits(),
                List.of(new Table(
                        TableKind.SCORES,
                        "A < B & C",
                        List.of("<b>", "&amp;"),
                        List.of(1, 1),
                        List.of(
                                Row.group("ประเด็น <๑> & ข้อมูล"),
                                Row.data(List.of("x < y && y > z", "line1\nline2\u0001"))),
                        "</w:t></w:r>",
                        Orientation.PORTRAIT)));

        byte[] docx = renderer.render(withNasty);
        Map<String, byte[]> parts = unzip(docx);
        String text = text(parse(parts.get("word/document.xml")));
        assertThat(text)
                .contains(
                        "A < B & C",
                        "<b>",
                        "&amp;",
                        "ประเด็น <๑> & ข้อมูล",
                        "x < y && y > z",
                        "line1",
                        "line2",
                        "</w:t></w:r>");
        Document core = parse(parts.get("docProps/core.xml"));
        assertThat(core.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo("<script>alert('x')</script> & \"ITA\" ๒๕๖๗");
    }

    @Test
    void corePropertiesComeFromMetaAndFooterHasPageNumbers() throws Exception {
        Map<String, byte[]> parts = unzip(renderer.render(SampleLayouts.taPhae2567()));
        String core = new String(parts.get("docProps/core.xml"), StandardCharsets.UTF_8);
        assertThat(core)
                .contains(
                        "<dc:title>รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส",
                        "<dc:creator>เทศบาลตำบลท่าแพ</dc:creator>",
                        "<dc:language>th</dc:language>",
                        "<cp:keywords>ITA, คุณธรรม",
                        "2024-10-22T03:00:00Z");
        String footer = new String(parts.get("word/footer1.xml"), StandardCharsets.UTF_8);
        assertThat(footer).contains("หน้า ", "w:instr=\" PAGE \\* ThaiArabic \"", "NUMPAGES");

        // A layout in Arabic digits: Arabic page numbers.
        Map<String, byte[]> arabic =
                unzip(renderer.render(SampleLayouts.taPhae2567("รายงาน ITA พ.ศ. 2567", DigitStyle.ARABIC)));
        assertThat(new String(arabic.get("word/footer1.xml"), StandardCharsets.UTF_8))
                .contains("w:instr=\" PAGE \"")
                .doesNotContain("ThaiArabic");
        assertThat(new String(arabic.get("word/document.xml"), StandardCharsets.UTF_8))
                .doesNotContain("thaiNumbers");
    }

    @Test
    void sameLayoutGivesSameBytes() {
        assertThat(renderer.render(SampleLayouts.taPhae2567())).isEqualTo(renderer.render(SampleLayouts.taPhae2567()));
    }

    // ---------------------------------------------------------------- helpers

    private Document documentXml(ReportLayout layout) throws Exception {
        return parse(unzip(renderer.render(layout)).get("word/document.xml"));
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static String text(Document doc) {
        StringBuilder s = new StringBuilder();
        for (Element t : elements(doc.getElementsByTagNameNS(W, "t"))) {
            s.append(t.getTextContent());
        }
        return s.toString();
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Element next(Element e) {
        Node n = e.getNextSibling();
        while (n != null && n.getNodeType() != Node.ELEMENT_NODE) {
            n = n.getNextSibling();
        }
        return (Element) n;
    }
}
