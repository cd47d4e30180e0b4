package th.prongsai.web.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import th.prongsai.web.platform.SignedInUser;

class PlatformAuthenticationProviderTest {

    private static String token(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    @Test
    void readsWhoTheTokenIsFor() {
        SignedInUser user = PlatformAuthenticationProvider.fromToken(
                token(
                        "{\"sub\":\"tha-phae.head\",\"exp\":1900000000,\"roles\":[\"MUNICIPAL_OFFICER\"],\"tenant\":\"tha-phae\",\"position\":\"HEAD_OF_OFFICE\"}"));
        assertThat(user.username()).isEqualTo("tha-phae.head");
        assertThat(user.tenant()).isEqualTo("tha-phae");
        assertThat(user.isApprover()).isTrue();
        assertThat(user.mayEdit("tha-phae")).isTrue();
        assertThat(user.mayEdit("trat")).isFalse();
        assertThat(user.expiresAt().getEpochSecond()).isEqualTo(1900000000L);
    }

    @Test
    void aProvincialOfficerEditsNothing() {
        SignedInUser user = PlatformAuthenticationProvider.fromToken(
                token("{\"sub\":\"province.trat\",\"roles\":[\"PROVINCIAL_OFFICER\"],\"province\":\"23\"}"));
        assertThat(user.isProvincialOfficer()).isTrue();
        assertThat(user.isApprover()).isFalse();
        assertThat(user.mayEdit("trat")).isFalse();
    }

    @Test
    void somethingThatIsNotAJwtIsRefused() {
        assertThatThrownBy(() -> PlatformAuthenticationProvider.fromToken("not-a-token"))
                .isInstanceOf(AuthenticationServiceException.class);
    }
}
