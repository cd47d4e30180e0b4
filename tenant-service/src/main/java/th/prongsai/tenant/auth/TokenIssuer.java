package th.prongsai.tenant.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import th.prongsai.tenancy.PlatformClaims;
import th.prongsai.tenancy.Role;
import th.prongsai.tenant.user.UserAccount;

/** Mints the platform's RS256 JWTs: user tokens at login and short-lived service tokens for {@code /internal/**}. */
@Component
public class TokenIssuer {

    /** A signed token and its lifetime in seconds. */
    public record Token(String value, long expiresIn) {
    }

    private final SigningKeys keys;
    private final AuthProperties properties;
    private final NimbusJwtEncoder encoder;
    private final Map<String, CachedToken> serviceTokens = new ConcurrentHashMap<>();

    private record CachedToken(String value, Instant expiresAt) {
    }

    public TokenIssuer(SigningKeys keys, AuthProperties properties) {
        this.keys = keys;
        this.properties = properties;
        this.encoder = new NimbusJwtEncoder(keys.jwkSource());
    }

    public Token issue(UserAccount user) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(PlatformClaims.ISSUER)
                .subject(user.getUsername())
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenTtl()))
                .claim(PlatformClaims.ROLES, user.roles().stream().map(Role::name).sorted().toList());
        if (user.getTenant() != null) {
            claims.claim(PlatformClaims.TENANT, user.getTenant());
        }
        if (user.getProvince() != null) {
            claims.claim(PlatformClaims.PROVINCE, user.getProvince());
        }
        if (user.getPosition() != null) {
            claims.claim("position", user.getPosition());
        }
        if (user.getDisplayName() != null && !user.getDisplayName().isBlank()) {
            claims.claim("name", user.getDisplayName()); // OIDC's claim: who approved, in the report's history
        }
        return new Token(sign(claims.build()), properties.tokenTtl().toSeconds());
    }

    /** A token with role SERVICE for calls from {@code service} to another service's internal API; reused until near expiry. */
    public String serviceToken(String service) {
        Instant now = Instant.now();
        CachedToken cached = serviceTokens.get(service);
        if (cached != null && cached.expiresAt().isAfter(now.plusSeconds(60))) {
            return cached.value();
        }
        Instant expiresAt = now.plus(properties.serviceTokenTtl());
        String value = sign(JwtClaimsSet.builder()
                .issuer(PlatformClaims.ISSUER)
                .subject(service)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim(PlatformClaims.ROLES, List.of(Role.SERVICE.name()))
                .build());
        serviceTokens.put(service, new CachedToken(value, expiresAt));
        return value;
    }

    private String sign(JwtClaimsSet claims) {
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.current().getKeyID()).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
