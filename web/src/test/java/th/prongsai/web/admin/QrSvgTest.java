package th.prongsai.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.nayuki.qrcodegen.QrCode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrSvgTest {

    @Test
    void everyDarkModuleIsDrawnOnceAndNothingElse() {
        String url = "https://prongsai.example/public/trang/reports/2566";
        String svg = QrSvg.of(url, "คิวอาร์โค้ด \"" + url + "\"");
        QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int dark = 0;
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                dark += qr.getModule(x, y) ? 1 : 0;
            }
        }
        Matcher rect = Pattern.compile(
                        "<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"1\" fill=\"#000000\"/>")
                .matcher(svg);
        int drawn = 0;
        while (rect.find()) {
            int x = Integer.parseInt(rect.group(1)) - 4;
            int y = Integer.parseInt(rect.group(2)) - 4;
            for (int i = 0; i < Integer.parseInt(rect.group(3)); i++) {
                assertThat(qr.getModule(x + i, y)).isTrue();
                drawn++;
            }
        }
        assertThat(drawn).isEqualTo(dark);
        assertThat(svg)
                .startsWith("<svg")
                .contains("viewBox=\"0 0 " + (qr.size + 8) + " " + (qr.size + 8) + "\"")
                .contains("role=\"img\"")
                .contains("aria-label=\"คิวอาร์โค้ด &quot;" + url + "&quot;\"")
                .endsWith("</svg>");
    }
}
