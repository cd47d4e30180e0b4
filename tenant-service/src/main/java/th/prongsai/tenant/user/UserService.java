package th.prongsai.tenant.user;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.platform.web.Problems;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;
import th.prongsai.tenant.UniqueViolation;
import th.prongsai.tenant.audit.AuditLog;
import th.prongsai.tenant.province.ProvinceRepository;
import th.prongsai.tenant.tenant.TenantRepository;
import th.prongsai.tenant.throttle.LoginThrottle;

/**
 * Users and who may manage them: national admins everyone, a municipality's admin the users of that
 * municipality only, every user their own password. Every change is audited in the same transaction.
 */
@Service
public class UserService {

    /** What a user looks like outside this service: never the hash. */
    record UserView(
            String username,
            String displayName,
            Set<Role> roles,
            String tenant,
            String province,
            String position,
            boolean enabled,
            Instant createdAt) {
        static UserView of(UserAccount user) {
            return new UserView(
                    user.getUsername(),
                    user.getDisplayName(),
                    user.roles(),
                    user.getTenant(),
                    user.getProvince(),
                    user.getPosition(),
                    user.isEnabled(),
                    user.getCreatedAt());
        }
    }

    record NewUser(
            String username,
            String password,
            Set<Role> roles,
            String tenant,
            String province,
            Position position,
            String displayName) {}

    private static final Set<Role> MUNICIPAL = EnumSet.of(Role.MUNICIPAL_ADMIN, Role.MUNICIPAL_OFFICER);
    /** {@code /api/users/me/...} addresses the caller, so no account may be called "me". */
    static final Set<String> RESERVED_USERNAMES = Set.of("me");

    private final UserRepository users;
    private final TenantRepository tenants;
    private final ProvinceRepository provinces;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final LoginThrottle throttle;

    UserService(
            UserRepository users,
            TenantRepository tenants,
            ProvinceRepository provinces,
            PasswordEncoder passwords,
            AuditLog audit,
            LoginThrottle throttle) {
        this.users = users;
        this.tenants = tenants;
        this.provinces = provinces;
        this.passwords = passwords;
        this.audit = audit;
        this.throttle = throttle;
    }

    @Transactional
    UserView create(Caller caller, NewUser request) {
        requireActive(caller);
        // A municipal admin may leave the tenant out: it can only ever be their own.
        if (request.tenant() == null
                && !caller.has(Role.NATIONAL_ADMIN)
                && caller.has(Role.MUNICIPAL_ADMIN)
                && caller.tenant().isPresent()) {
            request = new NewUser(
                    request.username(),
                    request.password(),
                    request.roles(),
                    caller.tenant().get().value(),
                    request.province(),
                    request.position(),
                    request.displayName());
        }
        String displayName =
                request.displayName() == null || request.displayName().isBlank()
                        ? null
                        : request.displayName().strip();
        request = new NewUser(
                Usernames.canonical(request.username()),
                request.password(),
                request.roles(),
                request.tenant(),
                request.province(),
                request.position(),
                displayName);
        authorize(caller, request);
        validateScope(request);
        if (users.existsByUsername(request.username())) {
            throw duplicate(request.username());
        }
        UserAccount user = new UserAccount(
                request.username(),
                passwords.encode(request.password()),
                request.roles(),
                request.tenant(),
                request.province(),
                request.position() == null ? null : request.position().name(),
                request.displayName());
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            if (UniqueViolation.of(e)) {
                throw duplicate(request.username());
            }
            throw e;
        }
        UserView view = UserView.of(user);
        audit.record(caller.username(), "user.create", target(user), null, view);
        return view;
    }

    /** Creates an account unless the username exists; for bootstrap and demo accounts (no caller, no audit). */
    @Transactional
    public boolean createIfAbsent(
            String username, String passwordHash, Set<Role> roles, String tenant, String province, Position position) {
        username = Usernames.canonical(username);
        if (users.existsByUsername(username)) {
            return false;
        }
        users.save(new UserAccount(
                username, passwordHash, roles, tenant, province, position == null ? null : position.name()));
        return true;
    }

    /**
     * National admins see everyone, or one tenant's users when {@code tenant} is given; a municipal admin
     * sees their own tenant's users whatever {@code tenant} says.
     */
    @Transactional(readOnly = true)
    Page<UserView> list(Caller caller, @Nullable String tenant, Pageable pageable) {
        requireActive(caller);
        if (caller.has(Role.NATIONAL_ADMIN)) {
            return (tenant == null ? users.findAll(pageable) : users.findByTenant(tenant, pageable)).map(UserView::of);
        }
        if (caller.has(Role.MUNICIPAL_ADMIN) && caller.tenant().isPresent()) {
            return users.findByTenant(caller.tenant().get().value(), pageable).map(UserView::of);
        }
        throw forbidden("บัญชีนี้ไม่มีสิทธิ์ดูรายชื่อผู้ใช้");
    }

    /** The accounts of no municipality (national admins, provincial officers), for national admins only. */
    @Transactional(readOnly = true)
    Page<UserView> listNational(Caller caller, Pageable pageable) {
        requireActive(caller);
        if (!caller.has(Role.NATIONAL_ADMIN)) {
            throw forbidden("บัญชีนี้ไม่มีสิทธิ์ดูรายชื่อผู้ใช้ระดับประเทศและจังหวัด");
        }
        return users.findByTenantIsNull(pageable).map(UserView::of);
    }

    /** The account signing in, by its username in any case. */
    @Transactional(readOnly = true)
    public Optional<UserAccount> findAccount(String username) {
        return users.findByUsername(Usernames.canonical(username));
    }

    /** Replaces a hash of an older scheme after a successful login (never audited: the password is the same). */
    @Transactional
    public void rehash(String username, String passwordHash) {
        findAccount(username).ifPresent(user -> user.setPasswordHash(passwordHash));
    }

    @Transactional(readOnly = true)
    UserView get(Caller caller, String username) {
        return UserView.of(managed(caller, username));
    }

    @Transactional
    UserView setEnabled(Caller caller, String username, boolean enabled) {
        UserAccount user = managed(caller, username);
        if (!enabled && user.getUsername().equals(caller.username())) {
            // Also keeps a municipality from locking out its last admin by accident.
            throw ApiProblem.conflict(
                    "cannot-disable-self",
                    "Cannot disable own account",
                    "ปิดการใช้งานบัญชีของตนเองไม่ได้ ให้ผู้ดูแลอีกคนดำเนินการแทน");
        }
        if (user.isEnabled() == enabled) {
            return UserView.of(user); // nothing changed, nothing to audit
        }
        UserView before = UserView.of(user);
        user.setEnabled(enabled);
        UserView after = UserView.of(user);
        audit.record(caller.username(), enabled ? "user.enable" : "user.disable", target(user), before, after);
        return after;
    }

    /** An admin sets someone else's password (e.g. forgotten); their login waits, if any, end. */
    @Transactional
    void resetPassword(Caller caller, String username, String newPassword) {
        UserAccount user = managed(caller, username);
        if (user.getUsername().equals(caller.username())) {
            // Without the current password a stolen token could take the account over for good.
            throw ApiProblem.conflict(
                    "use-own-password-change",
                    "Use the own-password change",
                    "เปลี่ยนรหัสผ่านของตนเองต้องยืนยันรหัสผ่านปัจจุบันที่ /api/users/me/password");
        }
        user.setPasswordHash(passwords.encode(newPassword));
        audit.record(caller.username(), "user.password-reset", target(user), null, null);
        throttle.reset(user.getUsername());
    }

    /** Any signed-in user changes their own password, proving they know the current one. */
    @Transactional
    void changeOwnPassword(Caller caller, String address, String currentPassword, String newPassword) {
        UserAccount user = requireActive(caller);
        // Wrong guesses count with failed logins: a stolen token must not become a way to guess the password.
        Optional<Duration> blocked = throttle.blockedFor(user.getUsername(), address);
        if (blocked.isPresent()) {
            throw LoginThrottle.problem(blocked.get(), "ใส่รหัสผ่านผิดหลายครั้งเกินไป");
        }
        // matches() answers false, never throws, for input over BCrypt's 72 bytes against an old bcrypt hash.
        if (!passwords.matches(currentPassword, user.getPasswordHash())) {
            throttle.recordFailure(user.getUsername(), address);
            throw new ApiProblem(
                            HttpStatus.BAD_REQUEST,
                            "wrong-current-password",
                            "Wrong current password",
                            "รหัสผ่านปัจจุบันไม่ถูกต้อง")
                    .withProperty("errors", List.of(Problems.fieldError("currentPassword", "does not match")));
        }
        if (newPassword.equals(currentPassword)) {
            throw ApiProblem.invalid("newPassword", "must differ from the current password");
        }
        user.setPasswordHash(passwords.encode(newPassword));
        audit.record(caller.username(), "user.password-change", target(user), null, null);
    }

    /** The caller's own account; a token outlives a disable, so an unexpired one must not keep managing users. */
    private UserAccount requireActive(Caller caller) {
        return users.findByUsername(caller.username())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new ApiProblem(
                        HttpStatus.FORBIDDEN,
                        "account-disabled",
                        "Account disabled",
                        "บัญชีนี้ถูกปิดการใช้งานหรือไม่มีอยู่ในระบบ"));
    }

    /** The user {@code username} if the caller may manage them: 404 when absent, 403 outside the caller's tenant. */
    private UserAccount managed(Caller caller, String username) {
        requireActive(caller);
        UserAccount user = findAccount(username).orElseThrow(() -> ApiProblem.notFound("ผู้ใช้ " + username));
        if (caller.has(Role.NATIONAL_ADMIN)) {
            return user;
        }
        boolean sameTenant = user.getTenant() != null
                && caller.tenant().map(t -> t.value().equals(user.getTenant())).orElse(false);
        if (caller.has(Role.MUNICIPAL_ADMIN) && sameTenant) {
            return user;
        }
        throw forbidden("ผู้ดูแลเทศบาลจัดการได้เฉพาะผู้ใช้ของเทศบาลตนเอง");
    }

    private static void authorize(Caller caller, NewUser request) {
        if (caller.has(Role.NATIONAL_ADMIN)) {
            return;
        }
        boolean ownTenant =
                caller.tenant().map(t -> t.value().equals(request.tenant())).orElse(false);
        if (caller.has(Role.MUNICIPAL_ADMIN) && ownTenant && MUNICIPAL.containsAll(request.roles())) {
            return;
        }
        throw forbidden(
                "ผู้ดูแลเทศบาลสร้างได้เฉพาะผู้ใช้ของเทศบาลตนเอง ในบทบาท MUNICIPAL_OFFICER หรือ MUNICIPAL_ADMIN");
    }

    private void validateScope(NewUser request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (RESERVED_USERNAMES.contains(request.username())) {
            errors.put("username", "is reserved");
        }
        boolean municipal = request.roles().stream().anyMatch(MUNICIPAL::contains);
        boolean provincial = request.roles().contains(Role.PROVINCIAL_OFFICER);
        boolean national = request.roles().contains(Role.NATIONAL_ADMIN);
        if (request.roles().contains(Role.SERVICE)) {
            errors.put("roles", "SERVICE is not a role for people");
        } else if (Stream.of(municipal, provincial, national).filter(b -> b).count() > 1) {
            // A token carries one scope; a municipal officer who is also national admin would blur both.
            errors.put("roles", "roles of one scope only: national, provincial or municipal");
        }
        if (municipal && (request.tenant() == null || !tenants.existsByCode(request.tenant()))) {
            errors.put("tenant", "municipal users need an existing tenant");
        }
        if (!municipal && request.tenant() != null) {
            errors.put("tenant", "only municipal users belong to a tenant");
        }
        if (provincial && (request.province() == null || !provinces.existsById(request.province()))) {
            errors.put("province", "provincial officers need an existing province");
        }
        if (!provincial && request.province() != null) {
            errors.put("province", "only provincial officers belong to a province");
        }
        if (!municipal && request.position() != null) {
            errors.put("position", "only municipal users have a position in the approval chain");
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(
                            HttpStatus.BAD_REQUEST,
                            "validation",
                            "Validation failed",
                            "ข้อมูลผู้ใช้ไม่ถูกต้อง กรุณาตรวจสอบรายการใน errors")
                    .withProperty(
                            "errors",
                            errors.entrySet().stream()
                                    .map(e -> Problems.fieldError(e.getKey(), e.getValue()))
                                    .toList());
        }
    }

    private static String target(UserAccount user) {
        return "user:" + user.getUsername();
    }

    private static ApiProblem duplicate(String username) {
        return new ApiProblem(
                HttpStatus.CONFLICT, "duplicate-user", "User exists", "มีชื่อผู้ใช้ " + username + " อยู่แล้ว");
    }

    private static ApiProblem forbidden(String detail) {
        return ApiProblem.forbidden(detail);
    }
}
