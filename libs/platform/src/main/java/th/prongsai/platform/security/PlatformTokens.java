package th.prongsai.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * The one rule every verifier of platform tokens applies (the gateway and each service): issuer {@code prongsai},
 * {@code exp} and {@code iat} present, not expired, not issued in the future, and a lifetime of at most
 * {@link #MAX_LIFETIME}, all with {@link #CLOCK_SKEW}. Spring's default validator accepts a token without {@code exp}
 * for ever; this one does not.
 */
public final class PlatformTokens {

    /** The {@code iss} of every platform token (tenant-service signs them). */
    public static final String ISSUER = "prongsai";
    /** Longest lifetime a token may claim: user tokens live 1 h, service tokens 5 min (tenant-service). */
    public static final Duration MAX_LIFETIME = Duration.ofHours(12);
    /** Clocks of our hosts are NTP-synchronised; 30 s covers the drift without keeping dead tokens alive. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private PlatformTokens() {}

    public static OAuth2TokenValidator<Jwt> validator() {
        return validator(Clock.systemUTC());
    }

    static OAuth2TokenValidator<Jwt> validator(Clock clock) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setClock(clock);
        return new DelegatingOAuth2TokenValidator<>(
                new JwtIssuerValidator(ISSUER), timestamps, jwt -> lifetime(jwt, clock));
    }

    private static OAuth2TokenValidatorResult lifetime(Jwt jwt, Clock clock) {
        Instant issued = jwt.getIssuedAt();
        Instant expires = jwt.getExpiresAt();
        if (issued == null || expires == null) {
            return invalid("The token must carry exp and iat");
        }
        if (issued.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return invalid("The token was issued in the future");
        }
        if (Duration.between(issued, expires).compareTo(MAX_LIFETIME) > 0) {
            return invalid("The token's lifetime exceeds " + MAX_LIFETIME);
        }
        return OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult invalid(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
