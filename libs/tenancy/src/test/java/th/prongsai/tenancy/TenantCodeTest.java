package th.prongsai.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"trat", "tha-phae", "tak-bai", "ab", "a1", "xyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"})
    void acceptsCodesOfTheRegistryPattern(String value) {
        assertThat(TenantCode.of(value).value()).isEqualTo(value);
        assertThat(TenantCode.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "TRAT",
                "Trat",
                "trat;drop",
                "../x",
                "t",
                "1trat",
                "-trat",
                "trat_x",
                "ตราด",
                "trat ",
                " trat",
                "trat\n",
                "",
                "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void refusesAnythingElse(String value) {
        assertThatThrownBy(() -> TenantCode.of(value)).isInstanceOf(InvalidTenantCodeException.class);
        assertThat(TenantCode.parse(value)).isEmpty();
        assertThat(TenantCode.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @NullSource
    void refusesNothing(String value) {
        assertThat(TenantCode.parse(value)).isEmpty();
        assertThat(TenantCode.isValid(value)).isFalse();
    }

    @Test
    void fortyCharactersIsTheLongestCode() {
        assertThat(TenantCode.isValid("a" + "b".repeat(39))).isTrue();
        assertThat(TenantCode.isValid("a" + "b".repeat(40))).isFalse();
    }

    @Test
    void schemaNameIsDerivedAndOneToOne() {
        assertThat(TenantCode.of("tha-phae").schemaName()).isEqualTo("t_tha_phae");
        assertThat(TenantCode.of("trat").schemaName()).isEqualTo("t_trat");
        // hyphen and underscore cannot collide: codes never contain an underscore
        assertThat(TenantCode.isValid("tha_phae")).isFalse();
    }

    @Test
    void errorMessageDoesNotEchoControlCharacters() {
        assertThatThrownBy(() -> TenantCode.of("a\u0000b\nc"))
                .hasMessageNotContaining("\n")
                .hasMessageNotContaining("\u0000");
    }
}
