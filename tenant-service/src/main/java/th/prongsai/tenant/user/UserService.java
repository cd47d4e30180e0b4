package th.prongsai.tenant.user;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;
import th.prongsai.tenant.audit.AuditLog;
import th.prongsai.tenancy.web.ApiProblem;
import th.prongsai.tenant.province.ProvinceRepository;
import th.prongsai.tenant.tenant.TenantRepository;

@Service
public class UserService {

    /** What a user looks like outside this service: never the hash. */
    public record UserView(String username, Set<Role> roles, String tenant, String province, String position,
                           boolean enabled) {
        static UserView of(UserAccount user) {
            return new UserView(user.getUsername(), user.roles(), user.getTenant(), user.getProvince(),
                    user.getPosition(), user.isEnabled());
        }
    }

    public record NewUser(String username, String password, Set<Role> roles, String tenant, String province,
                          Position position) {
    }

    private static final Set<Role> MUNICIPAL = EnumSet.of(Role.MUNICIPAL_ADMIN, Role.MUNICIPAL_OFFICER);

    private final UserRepository users;
    private final TenantRepository tenants;
    private final ProvinceRepository provinces;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    UserService(UserRepository users, TenantRepository tenants, ProvinceRepository provinces,
            PasswordEncoder passwords, AuditLog audit) {
        this.users = users;
        this.tenants = tenants;
        this.provinces = provinces;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional
    public UserView create(Caller caller, NewUser request) {
        authorize(caller, request);
        validateScope(request);
        if (users.existsByUsername(request.username())) {
            throw duplicate(request.username());
        }
        UserAccount user = new UserAccount(request.username(), passwords.encode(request.password()), request.roles(),
                request.tenant(), request.province(), request.position() == null ? null : request.position().name());
        try {
            users.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            throw duplicate(request.username());
        }
        UserView view = UserView.of(user);
        audit.record(caller.username(), "user.create", "user:" + user.getUsername(), null, view);
        return view;
    }

    /** Creates an account unless the username exists; for bootstrap and demo accounts (no caller, no audit). */
    @Transactional
    public boolean createIfAbsent(String username, String passwordHash, Set<Role> roles, String tenant,
            String province, Position position) {
        if (users.existsByUsername(username)) {
            return false;
        }
        users.save(new UserAccount(username, passwordHash, roles, tenant, province,
                position == null ? null : position.name()));
        return true;
    }

    @Transactional(readOnly = true)
    public Page<UserView> list(Caller caller, Pageable pageable) {
        if (caller.has(Role.NATIONAL_ADMIN)) {
            return users.findAll(pageable).map(UserView::of);
        }
        if (caller.has(Role.MUNICIPAL_ADMIN) && caller.tenant().isPresent()) {
            return users.findByTenant(caller.tenant().get().value(), pageable).map(UserView::of);
        }
        throw forbidden("บัญชีนี้ไม่มีสิทธิ์ดูรายชื่อผู้ใช้");
    }

    private static void authorize(Caller caller, NewUser request) {
        if (caller.has(Role.NATIONAL_ADMIN)) {
            return;
        }
        boolean ownTenant = caller.tenant().map(t -> t.value().equals(request.tenant())).orElse(false);
        if (caller.has(Role.MUNICIPAL_ADMIN) && ownTenant && MUNICIPAL.containsAll(request.roles())) {
            return;
        }
        throw forbidden("ผู้ดูแลเทศบาลสร้างได้เฉพาะผู้ใช้ของเทศบาลตนเอง");
    }

    private void validateScope(NewUser request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.roles().contains(Role.SERVICE)) {
            errors.put("roles", "SERVICE is not a role for people");
        }
        boolean municipal = request.roles().stream().anyMatch(MUNICIPAL::contains);
        if (municipal && (request.tenant() == null || !tenants.existsByCode(request.tenant()))) {
            errors.put("tenant", "municipal users need an existing tenant");
        }
        if (!municipal && request.tenant() != null) {
            errors.put("tenant", "only municipal users belong to a tenant");
        }
        boolean provincial = request.roles().contains(Role.PROVINCIAL_OFFICER);
        if (provincial && (request.province() == null || !provinces.existsById(request.province()))) {
            errors.put("province", "provincial officers need an existing province");
        }
        if (!provincial && request.province() != null) {
            errors.put("province", "only provincial officers belong to a province");
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Validation failed",
                    "ข้อมูลผู้ใช้ไม่ถูกต้อง กรุณาตรวจสอบรายการใน errors")
                    .withProperty("errors", errors.entrySet().stream()
                            .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
        }
    }

    private static ApiProblem duplicate(String username) {
        return new ApiProblem(HttpStatus.CONFLICT, "duplicate-user", "User exists",
                "มีชื่อผู้ใช้ " + username + " อยู่แล้ว");
    }

    private static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }
}
