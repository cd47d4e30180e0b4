package th.prongsai.report.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import th.prongsai.tenancy.PlatformClaims;
import th.prongsai.tenancy.Role;

/** RS256 tokens shaped like tenant-service's, signed with a key made for this test JVM. */
public final class TestTokens {

    private static final RSAKey KEY = generate("test-key");
    private static final RSAKey STRANGER = generate("test-key");
    private static final String SERVICE =
            mint(KEY, "tenant-service", List.of(Role.SERVICE), null, null, PlatformClaims.ISSUER);

    private TestTokens() {}

    /** The decoder the service uses in tests: this JVM's public key, issuer prongsai. */
    public static JwtDecoder decoder() {
        try {
            NimbusJwtDecoder decoder =
                    NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(PlatformClaims.ISSUER));
            return decoder;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Minted once per JVM (valid 10 minutes), so timing tests measure the service, not RSA signing here. */
    public static String service() {
        return SERVICE;
    }

    public static String nationalAdmin() {
        return mint(KEY, "admin", List.of(Role.NATIONAL_ADMIN), null, null, PlatformClaims.ISSUER);
    }

    public static String officer(String tenant) {
        return mint(KEY, tenant + ".officer", List.of(Role.MUNICIPAL_OFFICER), tenant, null, PlatformClaims.ISSUER);
    }

    public static String municipalAdmin(String tenant) {
        return mint(KEY, tenant + ".admin", List.of(Role.MUNICIPAL_ADMIN), tenant, null, PlatformClaims.ISSUER);
    }

    /** A municipal user at a step of the report's approval chain (claim {@code position}). */
    public static String approver(String tenant, String position) {
        return mint(
                KEY,
                tenant + "." + position.toLowerCase(),
                List.of(Role.MUNICIPAL_OFFICER),
                tenant,
                null,
                PlatformClaims.ISSUER,
                position);
    }

    /** A municipal user named as tenant-service names them, with a position and a display name (claim {@code name}). */
    public static String person(String tenant, String username, Role role, String position, String displayName) {
        return mint(KEY, username, List.of(role), tenant, null, PlatformClaims.ISSUER, position, displayName);
    }

    public static String provincialOfficer(String province) {
        return mint(
                KEY, "province." + province, List.of(Role.PROVINCIAL_OFFICER), null, province, PlatformClaims.ISSUER);
    }

    /** Right claims, signed by a key the service does not trust. */
    public static String forged(String tenant) {
        return mint(STRANGER, tenant + ".officer", List.of(Role.NATIONAL_ADMIN), tenant, null, PlatformClaims.ISSUER);
    }

    public static String wrongIssuer() {
        return mint(KEY, "admin", List.of(Role.NATIONAL_ADMIN), null, null, "someone-else");
    }

    private static String mint(
            RSAKey key, String subject, List<Role> roles, String tenant, String province, String issuer) {
        return mint(key, subject, roles, tenant, province, issuer, null);
    }

    private static String mint(
            RSAKey key,
            String subject,
            List<Role> roles,
            String tenant,
            String province,
            String issuer,
            String position) {
        return mint(key, subject, roles, tenant, province, issuer, position, null);
    }

    private static String mint(
            RSAKey key,
            String subject,
            List<Role> roles,
            String tenant,
            String province,
            String issuer,
            String position,
            String displayName) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim(PlatformClaims.ROLES, roles.stream().map(Role::name).toList());
        if (tenant != null) {
            claims.claim(PlatformClaims.TENANT, tenant);
        }
        if (province != null) {
            claims.claim(PlatformClaims.PROVINCE, province);
        }
        if (position != null) {
            claims.claim(PlatformClaims.POSITION, position);
        }
        if (displayName != null) {
            claims.claim("name", displayName);
        }
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
