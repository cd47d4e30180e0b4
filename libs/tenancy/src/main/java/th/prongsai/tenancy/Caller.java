package th.prongsai.tenancy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as read from a verified token.
 *
 * @param username  the subject
 * @param roles     platform roles
 * @param tenant    the municipality of a municipal user
 * @param province  the province (2 digits) of a provincial officer
 */
public record Caller(String username, Set<Role> roles, Optional<TenantCode> tenant, Optional<String> province) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    /**
     * The caller described by a verified token's claims ({@link PlatformClaims}); the one reading of
     * the claims, used by the gateway and every service. Unknown role names, an invalid tenant claim
     * and a province that is not two digits grant nothing: a token can only lose rights through a
     * typo, never gain them.
     */
    public static Caller fromClaims(String subject, Map<String, Object> claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.get(PlatformClaims.ROLES) instanceof Collection<?> names) {
            for (Object name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(String.valueOf(name))) {
                        roles.add(role);
                    }
                }
            }
        }
        Object tenant = claims.get(PlatformClaims.TENANT);
        Object province = claims.get(PlatformClaims.PROVINCE);
        return new Caller(subject, roles,
                tenant == null ? Optional.empty() : TenantCode.parse(tenant.toString()),
                Optional.ofNullable(province).map(Object::toString).filter(p -> p.matches("\\d{2}")));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
