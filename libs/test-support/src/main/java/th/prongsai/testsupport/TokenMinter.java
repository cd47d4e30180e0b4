package th.prongsai.testsupport;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one minter of platform tokens for tests: RS256 tokens shaped like tenant-service's ({@code iss prongsai},
 * {@code roles}, {@code tenant}, {@code province}, {@code position}, {@code name}), signed with a key made for the
 * test JVM. A service's tests wrap it in the few tokens they need; {@link #jwks()} is what a stub JWKS endpoint serves.
 */
public final class TokenMinter {

    public static final String ISSUER = "prongsai";

    private final RSAKey key;

    private TokenMinter(RSAKey key) {
        this.key = key;
    }

    /** A new signing key (2048-bit RSA, kid {@code test-key}). */
    public static TokenMinter withNewKey() {
        try {
            return new TokenMinter(new RSAKeyGenerator(2048).keyID("test-key").generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a JWK set. */
    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    /** A token for this subject, valid 10 minutes from now, issuer {@value #ISSUER}; add claims, then {@code sign()}. */
    public Token token(String subject) {
        Instant now = Instant.now();
        return new Token(key, subject, now, now.plusSeconds(600));
    }

    /** A token being built; every setter returns it, {@link #sign()} ends it. */
    public static final class Token {

        private RSAKey key;
        private final String subject;
        private String issuer = ISSUER;
        private Instant issuedAt;
        private Instant expiresAt;
        private final Map<String, Object> claims = new LinkedHashMap<>();

        private Token(RSAKey key, String subject, Instant issuedAt, Instant expiresAt) {
            this.key = key;
            this.subject = subject;
            this.issuedAt = issuedAt;
            this.expiresAt = expiresAt;
        }

        public Token roles(List<String> roles) {
            return claim("roles", roles);
        }

        public Token tenant(String tenant) {
            return claim("tenant", tenant);
        }

        public Token province(String province) {
            return claim("province", province);
        }

        public Token position(String position) {
            return claim("position", position);
        }

        public Token name(String displayName) {
            return claim("name", displayName);
        }

        /** A claim; {@code null} leaves it out. */
        public Token claim(String name, Object value) {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
            return this;
        }

        public Token issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        /** Exactly these times; {@code null} leaves the claim out. */
        public Token times(Instant issuedAt, Instant expiresAt) {
            this.issuedAt = issuedAt;
            this.expiresAt = expiresAt;
            return this;
        }

        /** Signed by another key of the same kid: right claims, a signature the service must not trust. */
        public Token forged() {
            this.key = withNewKey().key;
            return this;
        }

        public String sign() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject(subject)
                    .issueTime(issuedAt == null ? null : Date.from(issuedAt))
                    .expirationTime(expiresAt == null ? null : Date.from(expiresAt));
            claims.forEach(set::claim);
            try {
                SignedJWT jwt = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .keyID(key.getKeyID())
                                .type(JOSEObjectType.JWT)
                                .build(),
                        set.build());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
