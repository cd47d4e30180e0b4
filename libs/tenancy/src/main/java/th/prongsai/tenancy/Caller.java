package th.prongsai.tenancy;

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

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
