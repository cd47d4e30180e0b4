package th.prongsai.tenancy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as read from a verified token: the subject, the platform roles, the municipality of a municipal
 * user and the province (2 digits) of a provincial officer.
 */
public final class Caller {

    private final String username;
    private final Set<Role> roles;
    private final @Nullable TenantCode tenant;
    private final @Nullable String province;

    public Caller(String username, Set<Role> roles, @Nullable TenantCode tenant, @Nullable String province) {
        this.username = username;
        this.roles = Set.copyOf(roles);
        this.tenant = tenant;
        this.province = province;
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
        return new Caller(
                subject,
                roles,
                tenant == null ? null : TenantCode.parse(tenant.toString()).orElse(null),
                province != null && province.toString().matches("\\d{2}") ? province.toString() : null);
    }

    public String username() {
        return username;
    }

    public Set<Role> roles() {
        return roles;
    }

    /** The municipality of a municipal user. */
    public Optional<TenantCode> tenant() {
        return Optional.ofNullable(tenant);
    }

    /** The province (2 digits) of a provincial officer. */
    public Optional<String> province() {
        return Optional.ofNullable(province);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Caller that
                && username.equals(that.username)
                && roles.equals(that.roles)
                && Objects.equals(tenant, that.tenant)
                && Objects.equals(province, that.province);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, roles, tenant, province);
    }

    @Override
    public String toString() {
        return "Caller[" + username + ", " + roles + ", tenant=" + tenant + ", province=" + province + "]";
    }
}
