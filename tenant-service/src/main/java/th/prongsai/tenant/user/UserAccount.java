package th.prongsai.tenant.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import th.prongsai.tenancy.Role;

/** A person (or the bootstrap admin) who can log in. Roles are stored as a comma-separated list of {@link Role} names. */
@Entity
@Table(name = "users")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String roles;

    private String tenant;
    private String province;
    private String position;

    @Column(name = "display_name")
    private String displayName;

    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {}

    public UserAccount(
            String username, String passwordHash, Set<Role> roles, String tenant, String province, String position) {
        this(username, passwordHash, roles, tenant, province, position, null);
    }

    public UserAccount(
            String username,
            String passwordHash,
            Set<Role> roles,
            String tenant,
            String province,
            String position,
            String displayName) {
        this.displayName = displayName;
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.tenant = tenant;
        this.province = province;
        this.position = position;
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(","))
                .filter(s -> !s.isBlank())
                .map(Role::valueOf)
                .forEach(result::add);
        return result;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getTenant() {
        return tenant;
    }

    public String getProvince() {
        return province;
    }

    public String getPosition() {
        return position;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
