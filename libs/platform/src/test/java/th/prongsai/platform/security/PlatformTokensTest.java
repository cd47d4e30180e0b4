package th.prongsai.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class PlatformTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final OAuth2TokenValidator<Jwt> validator = PlatformTokens.validator(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anOrdinaryUserTokenIsValid() {
        assertThat(validator
                        .validate(token(NOW.minusSeconds(60), NOW.plus(Duration.ofMinutes(59))))
                        .hasErrors())
                .isFalse();
    }

    @Test
    void aTokenWithoutExpOrIatIsRefused() {
        assertThat(validator.validate(token(NOW, null)).hasErrors()).isTrue();
        assertThat(validator.validate(token(null, NOW.plusSeconds(600))).hasErrors())
                .isTrue();
    }

    @Test
    void expiredFutureAndOverlongTokensAreRefusedBeyondTheSkew() {
        assertThat(validator
                        .validate(token(NOW.minusSeconds(3600), NOW.minusSeconds(20)))
                        .hasErrors())
                .isFalse();
        assertThat(validator
                        .validate(token(NOW.minusSeconds(3600), NOW.minusSeconds(40)))
                        .hasErrors())
                .isTrue();
        assertThat(validator
                        .validate(token(NOW.plusSeconds(120), NOW.plusSeconds(600)))
                        .hasErrors())
                .isTrue();
        assertThat(validator
                        .validate(token(NOW, NOW.plus(Duration.ofDays(365))))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void anotherIssuerIsRefused() {
        Jwt jwt = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuer("elsewhere")
                .subject("admin")
                .issuedAt(NOW)
                .expiresAt(NOW.plusSeconds(600))
                .build();
        assertThat(validator.validate(jwt).hasErrors()).isTrue();
    }

    private static Jwt token(Instant issued, Instant expires) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuer("prongsai")
                .subject("trat.officer");
        if (issued != null) {
            builder.issuedAt(issued);
        }
        if (expires != null) {
            builder.expiresAt(expires);
        }
        return builder.build();
    }
}
