package th.prongsai.tenant.user;

import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import th.prongsai.tenancy.Role;
import th.prongsai.tenant.tenant.TenantActivated;

/**
 * Bootstrap and demo accounts. Outside demo mode the only account made is {@code admin}, and only when
 * {@code ITA_ADMIN_PASSWORD} ({@code ita.admin.password}) is set: there is no default password. In demo mode
 * {@code admin}, four provincial officers and, for every onboarded tenant, five municipal users exist, all with
 * password {@code demo}.
 */
@Component
class DemoAccounts implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    static final Map<String, String> DEMO_PROVINCES = Map.of(
            "province.trat", "23",
            "province.trang", "92",
            "province.nakhon-si-thammarat", "80",
            "province.narathiwat", "96");

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserService users;
    private final PasswordEncoder passwords;
    private final DemoProperties demo;
    private final String adminPassword;
    /** Hashed once: onboarding thousands of tenants in demo mode must not pay bcrypt five times each. */
    private volatile String demoHash;

    DemoAccounts(
            UserService users,
            PasswordEncoder passwords,
            DemoProperties demo,
            @Value("${ita.admin.password:}") String adminPassword) {
        this.users = users;
        this.passwords = passwords;
        this.demo = demo;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo.enabled()) {
            users.createIfAbsent("admin", demoHash(), Set.of(Role.NATIONAL_ADMIN), null, null, null);
            DEMO_PROVINCES.forEach((username, province) ->
                    users.createIfAbsent(username, demoHash(), Set.of(Role.PROVINCIAL_OFFICER), null, province, null));
            log.warn("Demo mode: demo accounts with password '{}' are enabled", DEMO_PASSWORD);
        } else if (adminPassword != null && !adminPassword.isBlank()) {
            if (users.createIfAbsent(
                    "admin", passwords.encode(adminPassword), Set.of(Role.NATIONAL_ADMIN), null, null, null)) {
                log.info("Created the national admin account 'admin' from ITA_ADMIN_PASSWORD");
            }
        }
    }

    /** Runs inside the onboarding transaction, so the accounts exist exactly when the tenant is ACTIVE. */
    @EventListener
    void onTenantActivated(TenantActivated event) {
        if (!demo.enabled()) {
            return;
        }
        String code = event.code();
        String hash = demoHash();
        users.createIfAbsent(code + ".officer", hash, Set.of(Role.MUNICIPAL_OFFICER), code, null, Position.OFFICER);
        users.createIfAbsent(code + ".admin", hash, Set.of(Role.MUNICIPAL_ADMIN), code, null, null);
        users.createIfAbsent(code + ".head", hash, Set.of(Role.MUNICIPAL_OFFICER), code, null, Position.HEAD_OF_OFFICE);
        users.createIfAbsent(code + ".clerk", hash, Set.of(Role.MUNICIPAL_OFFICER), code, null, Position.CLERK);
        users.createIfAbsent(code + ".mayor", hash, Set.of(Role.MUNICIPAL_OFFICER), code, null, Position.MAYOR);
    }

    private String demoHash() {
        String hash = demoHash;
        if (hash == null) {
            hash = passwords.encode(DEMO_PASSWORD);
            demoHash = hash;
        }
        return hash;
    }
}
