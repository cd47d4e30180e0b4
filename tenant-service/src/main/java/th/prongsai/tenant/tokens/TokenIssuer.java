package th.prongsai.tenant.tokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import th.prongsai.tenancy.PlatformClaims;
import th.prongsai.tenancy.Role;

/** Mints the platform's RS256 JWTs: user tokens at login and short-lived service tokens for {@code /internal/**}. */
@Component
public class TokenIssuer {

    /** A signed token and its lifetime in seconds. */
    public record Token(String value, long expiresIn) {}

    /**
     * Whom a user token speaks for: its subject and the claims the gateway and the services read.
     *
     * @param position the place in the approval chain of a municipal user
     * @param displayName the name shown as who approved, in a report's history
     */
    public record Holder(
            String username,
            Set<Role> roles,
            @Nullable String tenant,
            @Nullable String province,
            @Nullable String position,
            @Nullable String displayName) {}

    private final SigningKeys keys;
    private final TokenProperties properties;
    private final NimbusJwtEncoder encoder;
    private final Map<String, CachedToken> serviceTokens = new ConcurrentHashMap<>();

    private record CachedToken(String value, Instant expiresAt) {}

    TokenIssuer(SigningKeys keys, TokenProperties properties) {
        this.keys = keys;
        this.properties = properties;
        this.encoder = new NimbusJwtEncoder(keys.jwkSource());
    }

    public Token issue(Holder holder) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(PlatformClaims.ISSUER)
                .subject(holder.username())
                .issuedAt(now)
                .expiresAt(now.plus(properties.tokenTtl()))
                .claim(
                        PlatformClaims.ROLES,
                        holder.roles().stream().map(Role::name).sorted().toList());
        if (holder.tenant() != null) {
            claims.claim(PlatformClaims.TENANT, holder.tenant());
        }
        if (holder.province() != null) {
            claims.claim(PlatformClaims.PROVINCE, holder.province());
        }
        if (holder.position() != null) {
            claims.claim("position", holder.position());
        }
        if (holder.displayName() != null && !holder.displayName().isBlank()) {
            claims.claim("name", holder.displayName()); // OIDC's claim: who approved, in the report's history
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
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId(keys.current().getKeyID())
                .type("JWT")
                .build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
