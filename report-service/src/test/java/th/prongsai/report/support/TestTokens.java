package th.prongsai.report.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.util.List;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import th.prongsai.platform.security.PlatformJwtDecoders;
import th.prongsai.tenancy.Role;
import th.prongsai.testsupport.TokenMinter;

/** Tokens shaped like tenant-service's, from the platform's one test minter with a key made for this test JVM. */
public final class TestTokens {

    private static final TokenMinter MINTER = TokenMinter.withNewKey();
    private static final String SERVICE =
            mint("tenant-service", Role.SERVICE, null).sign();

    private TestTokens() {}

    /** The decoder the service uses in tests: the platform's own set-up, over this JVM's public key. */
    public static JwtDecoder decoder() {
        return PlatformJwtDecoders.fromKeys(new ImmutableJWKSet<>(new JWKSet(MINTER.publicKey())));
    }

    /** Minted once per JVM (valid 10 minutes), so timing tests measure the service, not RSA signing here. */
    public static String service() {
        return SERVICE;
    }

    public static String nationalAdmin() {
        return mint("admin", Role.NATIONAL_ADMIN, null).sign();
    }

    public static String officer(String tenant) {
        return mint(tenant + ".officer", Role.MUNICIPAL_OFFICER, tenant).sign();
    }

    public static String municipalAdmin(String tenant) {
        return mint(tenant + ".admin", Role.MUNICIPAL_ADMIN, tenant).sign();
    }

    /** A municipal user at a step of the report's approval chain (claim {@code position}). */
    public static String approver(String tenant, String position) {
        return mint(tenant + "." + position.toLowerCase(), Role.MUNICIPAL_OFFICER, tenant)
                .position(position)
                .sign();
    }

    /** A municipal user named as tenant-service names them, with a position and a display name (claim {@code name}). */
    public static String person(String tenant, String username, Role role, String position, String displayName) {
        return mint(username, role, tenant).position(position).name(displayName).sign();
    }

    public static String provincialOfficer(String province) {
        return mint("province." + province, Role.PROVINCIAL_OFFICER, null)
                .province(province)
                .sign();
    }

    /** Right claims, signed by a key the service does not trust. */
    public static String forged(String tenant) {
        return mint(tenant + ".officer", Role.NATIONAL_ADMIN, tenant).forged().sign();
    }

    public static String wrongIssuer() {
        return mint("admin", Role.NATIONAL_ADMIN, null).issuer("someone-else").sign();
    }

    private static TokenMinter.Token mint(String subject, Role role, String tenant) {
        return MINTER.token(subject).roles(List.of(role.name())).tenant(tenant);
    }
}
