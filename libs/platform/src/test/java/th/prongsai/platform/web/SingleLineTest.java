package th.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SingleLineTest {

    final SingleLine.Validator rule = new SingleLine.Validator();

    @Test
    void namesAreOneLineOfPrintableText() {
        assertThat(rule.isValid("เทศบาลเมืองตราด Trat 😀", null)).isTrue();
        assertThat(rule.isValid(null, null)).isTrue();
        for (String bad : new String[] {
            "เทศบาล\u0000", "a\u0007b", "a\tb", "a\nb", "a\rb", "a\u007Fb", "a\u0085b", "a\ud800", "\udc00a"
        }) {
            assertThat(rule.isValid(bad, null))
                    .as(bad.codePoints().boxed().toList().toString())
                    .isFalse();
        }
    }
}
