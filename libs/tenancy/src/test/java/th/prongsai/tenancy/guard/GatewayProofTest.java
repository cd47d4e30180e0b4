package th.prongsai.tenancy.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GatewayProofTest {

    static final String SECRET = "a-test-secret-of-at-least-32-characters";
    private final GatewayProof proof = GatewayProof.withSecret(SECRET);

    @Test
    void theProofBindsTenantAndToken() {
        String trat = proof.of("trat", "token-a");

        assertThat(proof.verifies("trat", "token-a", trat)).isTrue();
        assertThat(proof.verifies("trang", "token-a", trat))
                .as("another tenant")
                .isFalse();
        assertThat(proof.verifies("trat", "token-b", trat)).as("another token").isFalse();
        assertThat(GatewayProof.withSecret(SECRET + "x").verifies("trat", "token-a", trat))
                .as("another secret")
                .isFalse();
        assertThat(proof.of("tra", "ttoken-a")).isNotEqualTo(proof.of("trat", "token-a"));
    }

    @Test
    void missingOrMalformedProofsNeverVerify() {
        assertThat(proof.verifies("trat", "token-a", null)).isFalse();
        assertThat(proof.verifies("trat", null, proof.of("trat", "x"))).isFalse();
        assertThat(proof.verifies("trat", "token-a", "")).isFalse();
        assertThat(proof.verifies("trat", "token-a", "not base64 !")).isFalse();
        assertThat(proof.verifies("trat", "token-a", "trat")).isFalse();
    }

    @Test
    void thereIsNoBuiltInSecret() {
        assertThatThrownBy(() -> GatewayProof.withSecret(null)).hasMessageContaining("ITA_GATEWAY_SECRET");
        assertThatThrownBy(() -> GatewayProof.withSecret(" ")).hasMessageContaining("ITA_GATEWAY_SECRET");
        assertThatThrownBy(() -> GatewayProof.withSecret("short")).hasMessageContaining("32");
    }

    @Test
    void bearerTokensAreReadAsSpringSecurityReadsThem() {
        assertThat(GatewayProof.bearerToken("Bearer abc.def")).isEqualTo("abc.def");
        assertThat(GatewayProof.bearerToken("bearer abc")).isEqualTo("abc");
        assertThat(GatewayProof.bearerToken("Basic abc")).isNull();
        assertThat(GatewayProof.bearerToken("Bearer ")).isNull();
        assertThat(GatewayProof.bearerToken(null)).isNull();
    }
}
