package th.prongsai.report.document.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The DOCX carries Sarabun itself (ECMA-376 §17.8.1 obfuscated faces and a Thai font table). */
class DocxFontsTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, byte[]> parts;

    DocxFontsTest() throws Exception {
        byte[] docx = new DocxRenderer().render(SampleLayouts.taPhae2567());
        // kept for bench/documents/check.sh and a person with LibreOffice to open
        Files.createDirectories(Path.of("target", "report-previews"));
        Files.write(Path.of("target", "report-previews", "sample.docx"), docx);
        parts = DocxRendererTest.unzip(docx);
    }

    @Test
    void bothFacesAreEmbeddedObfuscatedWithTheirFontKey() throws Exception {
        Document table = DocxRendererTest.parse(parts.get("word/fontTable.xml"));
        Element font = (Element) table.getElementsByTagNameNS(W, "font").item(0);
        assertThat(font.getAttributeNS(W, "name")).isEqualTo("Sarabun");
        assertThat(((Element) font.getElementsByTagNameNS(W, "charset").item(0)).getAttributeNS(W, "val"))
                .isEqualTo("DE");
        // OS/2 code page bit 16: Thai (874)
        String csb0 = ((Element) font.getElementsByTagNameNS(W, "sig").item(0)).getAttributeNS(W, "csb0");
        assertThat(Long.parseLong(csb0, 16) & 0x10000L).isNotZero();
        String rels = new String(parts.get("word/_rels/fontTable.xml.rels"), StandardCharsets.UTF_8);
        for (String[] face : new String[][] {{"embedRegular", "Sarabun-Regular"}, {"embedBold", "Sarabun-Bold"}}) {
            Element embed = (Element) font.getElementsByTagNameNS(W, face[0]).item(0);
            String id = embed.getAttributeNS(R, "id");
            String key = embed.getAttributeNS(W, "fontKey");
            assertThat(key).matches("\\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}}");
            String part = "fonts/" + face[1] + ".odttf";
            assertThat(rels).contains("Id=\"" + id + "\"", "relationships/font\" Target=\"" + part + "\"");
            byte[] stored = parts.get("word/" + part);
            byte[] original = resource("fonts/sarabun/" + face[1] + ".ttf");
            assertThat(stored).hasSameSizeAs(original).isNotEqualTo(original);
            // obfuscating twice with the same key gives the font back (XOR of the first 32 bytes)
            assertThat(EmbeddedFonts.obfuscate(stored, key)).isEqualTo(original);
            assertThat(Arrays.copyOfRange(stored, 32, stored.length))
                    .isEqualTo(Arrays.copyOfRange(original, 32, original.length));
        }
    }

    @Test
    void theKeyIsTheGuidsBytesInReverseOrder() {
        // ECMA-376 Part 1 §17.8.1: key bytes are the GUID's hex digits read from the end, two at a time
        byte[] zeros = new byte[40];
        byte[] out = EmbeddedFonts.obfuscate(zeros, "{00112233-4455-6677-8899-AABBCCDDEEFF}");
        assertThat(out[0]).isEqualTo((byte) 0xFF);
        assertThat(out[1]).isEqualTo((byte) 0xEE);
        assertThat(out[15]).isEqualTo((byte) 0x00);
        assertThat(out[16]).isEqualTo((byte) 0xFF);
        assertThat(out[31]).isEqualTo((byte) 0x00);
        assertThat(out[32]).isEqualTo((byte) 0);
    }

    @Test
    void packageDeclaresTheFontPartsAndSettingsKeepThem() {
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
        assertThat(types)
                .contains(
                        "Extension=\"odttf\" ContentType=\"application/vnd.openxmlformats-officedocument"
                                + ".obfuscatedFont\"",
                        "PartName=\"/word/fontTable.xml\"");
        assertThat(new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8))
                .contains("relationships/fontTable\" Target=\"fontTable.xml\"");
        assertThat(new String(parts.get("word/settings.xml"), StandardCharsets.UTF_8))
                .contains("<w:embedTrueTypeFonts/>");
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = DocxFontsTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
