package th.prongsai.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenMinterTest {

    private final TokenMinter tokens = TokenMinter.withNewKey();

    @Test
    void mintsAPlatformShapedTokenThatTheKeyVerifies() throws Exception {
        SignedJWT jwt = SignedJWT.parse(tokens.token("trat.officer")
                .roles(List.of("MUNICIPAL_OFFICER"))
                .tenant("trat")
                .position("OFFICER")
                .sign());
        assertThat(jwt.verify(new RSASSAVerifier(tokens.publicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("prongsai");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("tenant")).isEqualTo("trat");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("MUNICIPAL_OFFICER");
        assertThat(jwt.getJWTClaimsSet().getClaim("province")).isNull();
        assertThat(jwt.getJWTClaimsSet().getExpirationTime())
                .isAfter(jwt.getJWTClaimsSet().getIssueTime());
    }

    @Test
    void forgedAndTimelessTokensAreWhatTheySay() throws Exception {
        SignedJWT forged = SignedJWT.parse(tokens.token("admin").forged().sign());
        assertThat(forged.verify(new RSASSAVerifier(tokens.publicKey()))).isFalse();
        SignedJWT timeless =
                SignedJWT.parse(tokens.token("admin").times(Instant.EPOCH, null).sign());
        assertThat(timeless.getJWTClaimsSet().getExpirationTime()).isNull();
        assertThat(timeless.getJWTClaimsSet().getIssueTime()).isEqualTo(Instant.EPOCH);
    }
}
