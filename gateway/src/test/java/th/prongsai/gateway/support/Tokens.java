package th.prongsai.gateway.support;

import java.time.Instant;
import java.util.List;
import th.prongsai.testsupport.TokenMinter;

/** The gateway tests' tokens, minted by the platform's one test minter; a stub JWKS endpoint serves its key. */
public final class Tokens {

    private final TokenMinter minter = TokenMinter.withNewKey();

    public String jwks() {
        return minter.jwks();
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
        return minter.token(subject)
                .roles(roles)
                .tenant(tenant)
                .province(province)
                .sign();
    }

    /** A national admin's token with exactly these times; null leaves the claim out. */
    public String withTimes(Instant issuedAt, Instant expiresAt) {
        return admin().times(issuedAt, expiresAt).sign();
    }

    public String expired() {
        return withTimes(Instant.now().minusSeconds(1200), Instant.now().minusSeconds(600));
    }

    public String wrongIssuer() {
        return admin().issuer("somebody-else").sign();
    }

    public String forged() {
        return admin().forged().sign();
    }

    private TokenMinter.Token admin() {
        return minter.token("admin").roles(List.of("NATIONAL_ADMIN"));
    }
}
