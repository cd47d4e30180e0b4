package th.prongsai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Finding the fiscal year in a body, by type and charset. */
class YearDetectorTest {

    @Test
    void findsTheYearInArabicOrThaiDigitsAsAWholeNumber() {
        assertThat(YearDetector.contains("แผนปี 2567", 2567)).isTrue();
        assertThat(YearDetector.contains("แผนปี ๒๕๖๗", 2567)).isTrue();
        assertThat(YearDetector.contains("พ.ศ.2567-2570", 2567)).isTrue();
        assertThat(YearDetector.contains("ปีงบประมาณ ๒๕๖๖", 2567)).isFalse();
        assertThat(YearDetector.contains("เลขที่ 125670", 2567)).isFalse();
        assertThat(YearDetector.contains("เลขที่ ๑๒๕๖๗", 2567)).isFalse();
    }

    @Test
    void decodesWithTheDeclaredCharsetOrTheMetaCharset() {
        Charset tis620 = Charset.forName("TIS-620");
        byte[] thai = "<p>ประจำปี ๒๕๖๗</p>".getBytes(tis620);
        assertThat(YearDetector.namesYear(thai, "text/html", "TIS-620", 2567)).isTrue();
        // read as UTF-8 the Thai digits would be lost
        assertThat(YearDetector.namesYear(thai, "text/html", null, 2567)).isFalse();
        byte[] withMeta = ("<html><head><meta charset=\"windows-874\"></head><body>ปี ๒๕๖๗</body>")
                .getBytes(Charset.forName("x-windows-874"));
        assertThat(YearDetector.namesYear(withMeta, "text/html", null, 2567)).isTrue();
        assertThat(YearDetector.namesYear("ปี 2567".getBytes(StandardCharsets.UTF_8), "text/html", "no-such", 2567))
                .isTrue();
    }

    @Test
    void readsPdfTextAndNeverOtherBinaryTypes() {
        byte[] pdf = LinkCheckerTest.pdfNaming("Procurement plan 2567");
        assertThat(YearDetector.namesYear(pdf, "application/pdf", null, 2567)).isTrue();
        assertThat(YearDetector.namesYear(pdf, null, null, 2567)).isTrue();
        byte[] cutOff = java.util.Arrays.copyOf(pdf, pdf.length / 3);
        assertThat(YearDetector.namesYear(cutOff, "application/pdf", null, 2566))
                .isFalse();
        assertThat(YearDetector.namesYear("2567".getBytes(), "image/png", null, 2567))
                .isFalse();
        assertThat(YearDetector.namesYear(
                        "2567".getBytes(),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        null,
                        2567))
                .isFalse();
    }
}
