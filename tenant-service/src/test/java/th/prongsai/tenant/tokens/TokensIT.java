package th.prongsai.tenant.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import th.prongsai.tenant.Http;
import th.prongsai.tenant.RunningService;
import tools.jackson.databind.JsonNode;

/** Tokens carry the key id of a key in the JWKS document, which verifies them, and the claims of the account. */
class TokensIT extends RunningService {

    @Test
    void tokensVerifyAgainstJwksWithKid() {
        Http.Response jwks = http.get("/api/auth/jwks", null);
        assertThat(jwks.status()).isEqualTo(200);
        JsonNode key = jwks.json().get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("d")).isFalse();

        Http.Response token =
                http.post("/api/auth/token", null, Map.of("username", "province.trat", "password", "demo"));
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.json().get("expires_in").asLong()).isPositive();
        String value = token.json().get("access_token").asString();
        String header = new String(Base64.getUrlDecoder().decode(value.split("\\.")[0]));
        assertThat(header)
                .contains("\"RS256\"")
                .contains("\"kid\":\"" + key.get("kid").asString() + "\"");

        Jwt jwt = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/api/auth/jwks")
                .build()
                .decode(value);
        assertThat(jwt.getSubject()).isEqualTo("province.trat");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("prongsai");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PROVINCIAL_OFFICER");
        assertThat(jwt.getClaimAsString("province")).isEqualTo("23");
    }
}
