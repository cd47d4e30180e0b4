package th.prongsai.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A platform token must say when it was issued and when it expires, must not live longer than
 * {@code maxLifetime}, and must not be issued in the future (beyond the clock skew). Spring's timestamp
 * validator checks {@code exp} only when present, so a token without one would otherwise never expire.
 */
final class TokenLifetimeValidator implements OAuth2TokenValidator<Jwt> {

    private final Duration maxLifetime;
    private final Duration clockSkew;
    private final Clock clock;

    TokenLifetimeValidator(Duration maxLifetime, Duration clockSkew, Clock clock) {
        this.maxLifetime = maxLifetime;
        this.clockSkew = clockSkew;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant issuedAt = token.getIssuedAt();
        Instant expiresAt = token.getExpiresAt();
        if (issuedAt == null || expiresAt == null) {
            return invalid("The token must carry exp and iat");
        }
        if (expiresAt.isBefore(issuedAt) || Duration.between(issuedAt, expiresAt).compareTo(maxLifetime) > 0) {
            return invalid("The token lives longer than " + maxLifetime);
        }
        if (issuedAt.isAfter(clock.instant().plus(clockSkew))) {
            return invalid("The token is issued in the future");
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
