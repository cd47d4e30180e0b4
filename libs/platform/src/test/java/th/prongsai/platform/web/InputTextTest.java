package th.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void ordinaryTextIncludingThaiTabsNewlinesAndSupplementaryCharactersIsAcceptable() {
        assertThat(InputText.acceptable("มาตรการที่ ๑\tเพิ่มการเปิดเผยข้อมูล\r\nบรรทัดสอง 😀 𠀀"))
                .isTrue();
        assertThat(InputText.acceptable("")).isTrue();
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreNot() {
        assertThat(InputText.acceptable("\u0000")).isFalse();
        assertThat(InputText.acceptable("a\u0007")).isFalse();
        assertThat(InputText.acceptable("\u001b[0m")).isFalse();
        assertThat(InputText.acceptable("\u007f")).isFalse();
        assertThat(InputText.acceptable("\u009f")).isFalse();
        assertThat(InputText.acceptable("\ud800")).isFalse();
        assertThat(InputText.acceptable("\ud800a")).isFalse();
        assertThat(InputText.acceptable("a\udc00")).isFalse();
    }

    @Test
    void aSingleLineHasNoTabOrLineBreakEither() {
        assertThat(InputText.singleLine("กองคลัง เทศบาลเมืองตราด 😀")).isTrue();
        assertThat(InputText.singleLine("")).isTrue();
        assertThat(InputText.singleLine("กอง\tคลัง")).isFalse();
        assertThat(InputText.singleLine("กอง\nคลัง")).isFalse();
        assertThat(InputText.singleLine("กอง\rคลัง")).isFalse();
        assertThat(InputText.singleLine("\u0000")).isFalse();
    }
}
