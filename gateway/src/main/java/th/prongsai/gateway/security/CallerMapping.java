package th.prongsai.gateway.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.PlatformClaims;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.TenantCode;

/** Reads the platform claims of a verified token. */
final class CallerMapping {

    private CallerMapping() {
    }

    static Caller caller(Jwt jwt) {
        return new Caller(jwt.getSubject(), roles(jwt),
                Optional.ofNullable(jwt.getClaimAsString(PlatformClaims.TENANT)).flatMap(TenantCode::parse),
                Optional.ofNullable(jwt.getClaimAsString(PlatformClaims.PROVINCE)));
    }

    static Set<Role> roles(Jwt jwt) {
        List<String> names = jwt.getClaimAsStringList(PlatformClaims.ROLES);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}
