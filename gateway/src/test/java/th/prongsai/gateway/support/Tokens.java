package th.prongsai.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Test token issuer: an RSA key whose public half a stub JWKS endpoint serves. */
public final class Tokens {

    private final RSAKey key;
    private final RSAKey stranger;

    public Tokens() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-key").generate();
            stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String nationalAdmin() {
        return mint("admin", List.of("NATIONAL_ADMIN"), null, null);
    }

    public String provincialOfficer(String province) {
        return mint("province." + province, List.of("PROVINCIAL_OFFICER"), null, province);
    }

    public String municipal(String role, String tenant) {
        return mint(tenant + "." + role, List.of(role), tenant, null);
    }

    public String mint(String subject, List<String> roles, String tenant, String province) {
        return sign(key, "prongsai", subject, roles, tenant, province, Instant.now().plusSeconds(600));
    }

    /** A national admin's token with exactly these times; null leaves the claim out. */
    public String withTimes(Instant issuedAt, Instant expiresAt) {
        return sign(key, "prongsai", "admin", List.of("NATIONAL_ADMIN"), null, null, issuedAt, expiresAt);
    }

    public String expired() {
        return sign(key, "prongsai", "admin", List.of("NATIONAL_ADMIN"), null, null, Instant.now().minusSeconds(1200),
                Instant.now().minusSeconds(600));
    }

    public String wrongIssuer() {
        return sign(key, "somebody-else", "admin", List.of("NATIONAL_ADMIN"), null, null, Instant.now().plusSeconds(600));
    }

    public String forged() {
        return sign(stranger, "prongsai", "admin", List.of("NATIONAL_ADMIN"), null, null, Instant.now().plusSeconds(600));
    }

    private static String sign(RSAKey with, String issuer, String subject, List<String> roles, String tenant,
            String province, Instant expires) {
        return sign(with, issuer, subject, roles, tenant, province, Instant.now(), expires);
    }

    private static String sign(RSAKey with, String issuer, String subject, List<String> roles, String tenant,
            String province, Instant issuedAt, Instant expires) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(issuedAt == null ? null : Date.from(issuedAt))
                .expirationTime(expires == null ? null : Date.from(expires))
                .claim("roles", roles);
        if (tenant != null) {
            claims.claim("tenant", tenant);
        }
        if (province != null) {
            claims.claim("province", province);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
