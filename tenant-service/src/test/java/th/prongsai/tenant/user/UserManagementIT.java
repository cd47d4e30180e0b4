package th.prongsai.tenant.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.prongsai.tenant.Http;
import th.prongsai.tenant.RunningService;
import tools.jackson.databind.JsonNode;

/**
 * User management under {@code /api/users}: who may list, read, create, disable, enable and reset whom, every
 * user's own password change, bad input as problems, and the audit rows each change leaves.
 */
class UserManagementIT extends RunningService {

    /** 25 Thai characters: 75 bytes in UTF-8, over BCrypt's 72, which Argon2id takes whole. */
    static final String THAI_75_BYTES = "ก".repeat(25);
    /** A passphrase of 200 Thai characters (600 bytes): the longest allowed. */
    static final String THAI_PASSPHRASE =
            "รหัสผ่านยาวเป็นประโยคภาษาไทย".repeat(8).substring(0, 200);

    String own;
    String other;
    String ownAdmin;
    String otherAdmin;
    String ownOfficer;
    String provincial;

    @BeforeEach
    void setUp() {
        own = onboard("23");
        other = onboard("23");
        ownAdmin = http.token(own + ".admin", "demo");
        otherAdmin = http.token(other + ".admin", "demo");
        ownOfficer = http.token(own + ".officer", "demo");
        provincial = http.token("province.trat", "demo");
    }

    static Map<String, Object> user(String username, String tenant, String... roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", "long-enough-1");
        body.put("roles", List.of(roles));
        if (tenant != null) {
            body.put("tenant", tenant);
        }
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static void assertFieldError(Http.Response response, String field) {
        JsonNode json = assertProblem(response, 400);
        List<String> fields = new ArrayList<>();
        json.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).as(response.raw().body()).anyMatch(f -> f.equals(field) || f.startsWith(field + "["));
    }

    static boolean thai(String text) {
        return text.chars().anyMatch(c -> c >= 0x0E00 && c <= 0x0E7F);
    }

    List<String> usernames(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.json().get("items").forEach(u -> names.add(u.get("username").asString()));
        return names;
    }

    /** The admin actions on an account (failed logins, also audited, are left out). */
    List<String> auditActions(String username) {
        return jdbc.queryForList(
                "SELECT action FROM tenancy.audit_log WHERE target = ? AND action NOT LIKE 'auth.%' ORDER BY id",
                String.class, "user:" + username);
    }

    int login(String username, String password) {
        return http.post("/api/auth/token", null, Map.of("username", username, "password", password))
                .status();
    }

    @Test
    void listFiltersByTenantAndMunicipalAdminsSeeOnlyTheirOwn() {
        Http.Response filtered = http.get("/api/users?tenant=" + own + "&size=500", admin);
        assertThat(usernames(filtered))
                .containsExactly(own + ".admin", own + ".clerk", own + ".head", own + ".mayor", own + ".officer");
        JsonNode clerk = filtered.json().get("items").get(1);
        assertThat(clerk.get("roles").get(0).asString()).isEqualTo("MUNICIPAL_OFFICER");
        assertThat(clerk.get("tenant").asString()).isEqualTo(own);
        assertThat(clerk.get("position").asString()).isEqualTo("CLERK");
        assertThat(clerk.get("enabled").asBoolean()).isTrue();
        assertThat(clerk.get("createdAt").asString()).isNotBlank();
        assertThat(clerk.has("displayName")).isTrue();
        assertThat(clerk.has("province")).isTrue();
        assertThat(filtered.raw().body()).doesNotContain("password").doesNotContain("$2a$");

        Http.Response all = http.get("/api/users?size=500", admin);
        assertThat(all.json().get("total").asLong()).isGreaterThan(10);
        assertThat(usernames(http.get("/api/users?tenant=" + other + "&size=500", admin)))
                .allMatch(n -> n.startsWith(other));
        assertThat(usernames(http.get("/api/users?tenant=no-such-tenant", admin)))
                .isEmpty();

        // whatever a municipal admin asks for, they get their own tenant's users
        for (String query : List.of("", "?tenant=" + other, "?tenant=" + own)) {
            Http.Response mine = http.get("/api/users" + query, ownAdmin);
            assertThat(usernames(mine)).hasSize(5).allMatch(n -> n.startsWith(own + "."));
        }

        assertProblem(http.get("/api/users", ownOfficer), 403);
        assertProblem(http.get("/api/users", provincial), 403);
        assertProblem(http.get("/api/users", null), 401);
        assertFieldError(http.get("/api/users?tenant=BAD;drop", admin), "tenant");
        assertFieldError(http.get("/api/users?size=501", admin), "size");
    }

    @Test
    void theNationalScopeListsOnlyAccountsOfNoMunicipality() {
        Http.Response national = http.get("/api/users?scope=national&size=500", admin);
        assertThat(usernames(national)).contains("admin", "province.trat").noneMatch(n -> n.startsWith(own + "."));
        national.json()
                .get("items")
                .valueStream()
                .forEach(u -> assertThat(u.get("tenant").isNull()).isTrue());
        assertProblem(http.get("/api/users?scope=national", ownAdmin), 403);
        assertFieldError(http.get("/api/users?scope=everyone", admin), "scope");
    }

    @Test
    void oneUserIsReadByNationalAdminAndTheirOwnTenantsAdminOnly() {
        String path = "/api/users/" + own + ".mayor";
        Http.Response byAdmin = http.get(path, admin);
        assertThat(byAdmin.status()).as(byAdmin.raw().body()).isEqualTo(200);
        assertThat(byAdmin.json().get("username").asString()).isEqualTo(own + ".mayor");
        assertThat(byAdmin.json().get("position").asString()).isEqualTo("MAYOR");
        assertThat(byAdmin.raw().body()).doesNotContain("password");
        assertThat(http.get(path, ownAdmin).status()).isEqualTo(200);

        assertProblem(http.get(path, otherAdmin), 403);
        assertProblem(http.get(path, ownOfficer), 403);
        assertProblem(http.get(path, provincial), 403);
        assertProblem(http.get("/api/users/admin", ownAdmin), 403);
        assertProblem(http.get("/api/users/province.trat", ownAdmin), 403);
        assertThat(http.get("/api/users/province.trat", admin)
                        .json()
                        .get("province")
                        .asString())
                .isEqualTo("23");
        assertProblem(
                http.get("/api/users/nobody-" + UUID.randomUUID().toString().substring(0, 8), admin), 404, "not-found");
        assertFieldError(http.get("/api/users/Bad!Name", admin), "username");
    }

    @Test
    void municipalAdminCreatesOnlyMunicipalUsersOfTheirOwnTenant() {
        Map<String, Object> mayor = with(
                with(user(own + ".mayor2", null, "MUNICIPAL_OFFICER"), "position", "MAYOR"),
                "displayName",
                "  นายสมชาย ใจดี  ");
        Http.Response created = http.post("/api/users", ownAdmin, mayor);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/users/" + own + ".mayor2");
        assertThat(created.json().get("tenant").asString()).isEqualTo(own); // left out, so their own
        assertThat(created.json().get("displayName").asString()).isEqualTo("นายสมชาย ใจดี");
        assertThat(created.json().get("position").asString()).isEqualTo("MAYOR");
        assertThat(created.json().get("createdAt").asString()).isNotBlank();
        assertThat(created.raw().body()).doesNotContain("password");
        assertThat(http.get("/api/users/" + own + ".mayor2", admin)
                        .json()
                        .get("displayName")
                        .asString())
                .isEqualTo("นายสมชาย ใจดี");
        assertThat(http.token(own + ".mayor2", "long-enough-1")).isNotBlank();

        Http.Response secondAdmin = http.post("/api/users", ownAdmin, user(own + ".admin2", own, "MUNICIPAL_ADMIN"));
        assertThat(secondAdmin.status()).as(secondAdmin.raw().body()).isEqualTo(201);
        assertThat(secondAdmin.json().get("displayName").isNull()).isTrue();

        for (String role : List.of("NATIONAL_ADMIN", "PROVINCIAL_OFFICER", "SERVICE")) {
            assertProblem(
                    http.post(
                            "/api/users",
                            ownAdmin,
                            user(own + ".x-" + role.toLowerCase().replace('_', '-'), own, role)),
                    403);
        }
        assertProblem(
                http.post("/api/users", ownAdmin, user(own + ".y", own, "MUNICIPAL_OFFICER", "NATIONAL_ADMIN")), 403);
        assertProblem(http.post("/api/users", ownAdmin, user(other + ".z", other, "MUNICIPAL_OFFICER")), 403);
        assertProblem(http.post("/api/users", otherAdmin, user(own + ".z", own, "MUNICIPAL_OFFICER")), 403);
        assertProblem(http.post("/api/users", ownOfficer, user(own + ".z", own, "MUNICIPAL_OFFICER")), 403);
        assertProblem(http.post("/api/users", provincial, user(own + ".z", own, "MUNICIPAL_OFFICER")), 403);

        JsonNode duplicate = assertProblem(
                http.post("/api/users", ownAdmin, user(own + ".mayor2", own, "MUNICIPAL_OFFICER")),
                409,
                "duplicate-user");
        assertThat(thai(duplicate.get("detail").asString())).isTrue();
        assertProblem(
                http.post("/api/users", admin, user(own + ".officer", own, "MUNICIPAL_OFFICER")),
                409,
                "duplicate-user");

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM tenancy.users WHERE username LIKE ?", Long.class, own + ".%"))
                .isEqualTo(7);
        assertThat(auditActions(own + ".mayor2")).containsExactly("user.create");
        assertThat(jdbc.queryForObject(
                        "SELECT actor FROM tenancy.audit_log WHERE target = ?",
                        String.class,
                        "user:" + own + ".admin2"))
                .isEqualTo(own + ".admin");
    }

    @Test
    void badUserInputIs400NamingTheFieldAndCreatesNothing() {
        String name = own + ".bad";
        assertFieldError(
                http.post(
                        "/api/users",
                        admin,
                        with(user(name, own, "MUNICIPAL_OFFICER"), "displayName", "ก".repeat(201))),
                "displayName");
        assertFieldError(
                http.post(
                        "/api/users", admin, with(user(name, own, "MUNICIPAL_OFFICER"), "displayName", "สมชาย\nใจดี")),
                "displayName");
        assertFieldError(
                http.post("/api/users", admin, with(user(name, own, "MUNICIPAL_OFFICER"), "position", "KING")),
                "position");
        assertFieldError(
                http.post("/api/users", admin, with(user(name, own, "MUNICIPAL_OFFICER"), "roles", List.of("KING"))),
                "roles[0]");
        assertFieldError(
                http.post(
                        "/api/users", admin, with(user(name, own, "MUNICIPAL_OFFICER"), "roles", Arrays.asList((Object)
                                null))),
                "roles");
        assertFieldError(
                http.post("/api/users", admin, with(user(name, own, "MUNICIPAL_OFFICER"), "password", "short")),
                "password");
        assertFieldError(
                http.post(
                        "/api/users",
                        ownAdmin,
                        with(user(name, own, "MUNICIPAL_OFFICER"), "password", THAI_PASSPHRASE + "ก")),
                "password");
        assertFieldError(
                http.post(
                        "/api/users",
                        admin,
                        with(with(user(name, null, "PROVINCIAL_OFFICER"), "province", "23"), "position", "MAYOR")),
                "position");
        assertFieldError(
                http.post(
                        "/api/users",
                        admin,
                        with(user(name, own, "MUNICIPAL_OFFICER", "PROVINCIAL_OFFICER"), "province", "23")),
                "roles");
        assertFieldError(
                http.post("/api/users", admin, user(name, null, "NATIONAL_ADMIN", "PROVINCIAL_OFFICER")), "roles");
        assertFieldError(http.post("/api/users", admin, user("me", own, "MUNICIPAL_OFFICER")), "username");
        assertFieldError(http.post("/api/users", admin, user(name, null, "MUNICIPAL_OFFICER")), "tenant");
        assertProblem(http.post("/api/users", admin, "{\"username\":"), 400);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM tenancy.users WHERE username IN (?, 'me')", Long.class, name))
                .isZero();

        // a long Thai passphrase is fine, and every character of it counts (not only BCrypt's first 72 bytes)
        Http.Response thai =
                http.post("/api/users", admin, with(user(name, own, "MUNICIPAL_OFFICER"), "password", THAI_PASSPHRASE));
        assertThat(thai.status()).as(thai.raw().body()).isEqualTo(201);
        assertThat(http.token(name, THAI_PASSPHRASE)).isNotBlank();
        assertThat(login(name, THAI_PASSPHRASE.substring(0, 199) + "ข")).isEqualTo(401);
    }

    @Test
    void disableAndEnableByTheTenantsAdminOrNationalAdmin() {
        String officer = own + ".officer";
        assertProblem(http.post("/api/users/" + officer + "/disable", otherAdmin, null), 403);
        assertProblem(http.post("/api/users/" + officer + "/disable", ownOfficer, null), 403);
        assertProblem(http.post("/api/users/" + officer + "/disable", provincial, null), 403);
        assertProblem(http.post("/api/users/admin/disable", ownAdmin, null), 403);
        assertProblem(http.post("/api/users/nobody-x/disable", ownAdmin, null), 404);

        Http.Response disabled = http.post("/api/users/" + officer + "/disable", ownAdmin, null);
        assertThat(disabled.status()).as(disabled.raw().body()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(http.post("/api/users/" + officer + "/disable", ownAdmin, null)
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        assertProblem(http.post("/api/auth/token", null, Map.of("username", officer, "password", "demo")), 401);
        assertThat(http.get("/api/users/" + officer, admin)
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isFalse();

        Http.Response enabled = http.post("/api/users/" + officer + "/enable", ownAdmin, null);
        assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
        assertThat(http.token(officer, "demo")).isNotBlank();

        JsonNode self = assertProblem(
                http.post("/api/users/" + own + ".admin/disable", ownAdmin, null), 409, "cannot-disable-self");
        assertThat(thai(self.get("detail").asString())).isTrue();
        assertProblem(http.post("/api/users/admin/disable", admin, null), 409, "cannot-disable-self");

        // national admin across tenants
        assertThat(http.post("/api/users/" + other + ".head/disable", admin, null)
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isFalse();
        assertThat(http.post("/api/users/" + other + ".head/enable", admin, null)
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isTrue();

        assertThat(auditActions(officer)).containsExactly("user.disable", "user.enable");
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT actor, before_json, after_json FROM tenancy.audit_log "
                        + "WHERE target = ? AND action = 'user.disable'",
                "user:" + officer);
        assertThat(row.get("actor")).isEqualTo(own + ".admin");
        assertThat((String) row.get("before_json")).contains("\"enabled\":true");
        assertThat((String) row.get("after_json")).contains("\"enabled\":false").doesNotContain("password");
        assertThat(auditActions(other + ".head")).containsExactly("user.disable", "user.enable");
    }

    @Test
    void aDisabledAdminsUnexpiredTokenNoLongerManagesUsers() {
        String stillValid = http.token(own + ".admin", "demo");
        assertThat(http.post("/api/users/" + own + ".admin/disable", admin, null)
                        .status())
                .isEqualTo(200);

        assertProblem(http.get("/api/users", stillValid), 403, "account-disabled");
        assertProblem(http.post("/api/users/" + own + ".admin/enable", stillValid, null), 403, "account-disabled");
        assertProblem(
                http.post("/api/users/" + own + ".clerk/password", stillValid, Map.of("newPassword", "taken-over-1")),
                403);
        assertProblem(
                http.post(
                        "/api/users/me/password",
                        stillValid,
                        Map.of("currentPassword", "demo", "newPassword", "taken-over-1")),
                403,
                "account-disabled");
        assertThat(login(own + ".clerk", "demo")).isEqualTo(200);
    }

    @Test
    void adminResetsAPasswordOfTheirTenant() {
        String clerk = own + ".clerk";
        Map<String, String> body = Map.of("newPassword", "reset-by-admin-1");
        assertProblem(http.post("/api/users/" + clerk + "/password", otherAdmin, body), 403);
        assertProblem(http.post("/api/users/" + clerk + "/password", ownOfficer, body), 403);
        assertProblem(http.post("/api/users/" + clerk + "/password", provincial, body), 403);
        assertFieldError(
                http.post("/api/users/" + clerk + "/password", ownAdmin, Map.of("newPassword", "short")),
                "newPassword");
        assertFieldError(
                http.post("/api/users/" + clerk + "/password", ownAdmin, Map.of("newPassword", "x".repeat(201))),
                "newPassword");
        assertFieldError(http.post("/api/users/" + clerk + "/password", ownAdmin, Map.of()), "newPassword");
        assertProblem(
                http.post("/api/users/" + own + ".admin/password", ownAdmin, body), 409, "use-own-password-change");
        assertThat(login(clerk, "demo")).isEqualTo(200);

        Http.Response reset = http.post("/api/users/" + clerk + "/password", ownAdmin, body);
        assertThat(reset.status()).as(reset.raw().body()).isEqualTo(204);
        assertThat(login(clerk, "demo")).isEqualTo(401);
        assertThat(login(clerk, "reset-by-admin-1")).isEqualTo(200);
        assertThat(http.post("/api/users/" + other + ".clerk/password", admin, body)
                        .status())
                .isEqualTo(204);

        assertThat(auditActions(clerk)).containsExactly("user.password-reset");
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT actor, before_json, after_json FROM tenancy.audit_log "
                        + "WHERE target = ? AND action = 'user.password-reset'",
                "user:" + clerk);
        assertThat(row.get("actor")).isEqualTo(own + ".admin");
        assertThat(row.get("before_json")).isNull();
        assertThat(row.get("after_json")).isNull();
        assertThat(auditActions(other + ".clerk")).containsExactly("user.password-reset");
    }

    @Test
    void everyUserChangesTheirOwnPassword() {
        String officer = own + ".officer";
        Http.Response wrong = http.post(
                "/api/users/me/password",
                ownOfficer,
                Map.of("currentPassword", "not-it", "newPassword", "brand-new-pass"));
        JsonNode problem = assertProblem(wrong, 400, "wrong-current-password");
        assertThat(thai(problem.get("detail").asString())).isTrue();
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertFieldError(
                http.post(
                        "/api/users/me/password",
                        ownOfficer,
                        Map.of("currentPassword", THAI_75_BYTES, "newPassword", "brand-new-pass")),
                "currentPassword");
        assertFieldError(
                http.post(
                        "/api/users/me/password",
                        ownOfficer,
                        Map.of("currentPassword", "x".repeat(201), "newPassword", "brand-new-pass")),
                "currentPassword");
        assertFieldError(
                http.post(
                        "/api/users/me/password",
                        ownOfficer,
                        Map.of("currentPassword", "demo", "newPassword", "short")),
                "newPassword");
        assertFieldError(
                http.post(
                        "/api/users/me/password",
                        ownOfficer,
                        Map.of("currentPassword", "demo", "newPassword", "x".repeat(201))),
                "newPassword");
        assertFieldError(
                http.post("/api/users/me/password", ownOfficer, Map.of("newPassword", "brand-new-pass")),
                "currentPassword");
        assertProblem(http.post("/api/users/me/password", ownOfficer, "{not json"), 400);
        assertProblem(
                http.post(
                        "/api/users/me/password",
                        null,
                        Map.of("currentPassword", "demo", "newPassword", "brand-new-pass")),
                401);
        assertThat(login(officer, "demo")).isEqualTo(200);

        Http.Response changed = http.post(
                "/api/users/me/password", ownOfficer, Map.of("currentPassword", "demo", "newPassword", THAI_75_BYTES));
        assertThat(changed.status()).as(changed.raw().body()).isEqualTo(204);
        assertThat(login(officer, "demo")).isEqualTo(401);
        assertThat(login(officer, THAI_75_BYTES)).isEqualTo(200);
        assertThat(auditActions(officer)).containsExactly("user.password-change");
        assertThat(jdbc.queryForObject(
                        "SELECT actor FROM tenancy.audit_log WHERE target = ? AND action = 'user.password-change'",
                        String.class,
                        "user:" + officer))
                .isEqualTo(officer);

        // a provincial officer and a municipal admin, who manage no one or others, still change their own
        String provincialName = "prov-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(http.post(
                                "/api/users",
                                admin,
                                with(user(provincialName, null, "PROVINCIAL_OFFICER"), "province", "23"))
                        .status())
                .isEqualTo(201);
        assertThat(http.post(
                                "/api/users/me/password",
                                http.token(provincialName, "long-enough-1"),
                                Map.of("currentPassword", "long-enough-1", "newPassword", "another-pass-2"))
                        .status())
                .isEqualTo(204);
        assertThat(login(provincialName, "another-pass-2")).isEqualTo(200);
        assertThat(http.post(
                                "/api/users/me/password",
                                otherAdmin,
                                Map.of("currentPassword", "demo", "newPassword", "admin-pass-3"))
                        .status())
                .isEqualTo(204);
        assertFieldError(
                http.post(
                        "/api/users/me/password",
                        http.token(other + ".admin", "admin-pass-3"),
                        Map.of("currentPassword", "admin-pass-3", "newPassword", "admin-pass-3")),
                "newPassword");
    }

    @Test
    void wrongCurrentPasswordsCountWithFailedLogins() {
        String head = own + ".head";
        String token = http.token(head, "demo");
        for (int i = 0; i < 3; i++) {
            assertProblem(
                    http.post(
                            "/api/users/me/password",
                            token,
                            Map.of("currentPassword", "guess-" + i, "newPassword", "brand-new-pass")),
                    400);
        }
        Http.Response blocked = http.post(
                "/api/users/me/password", token, Map.of("currentPassword", "demo", "newPassword", "brand-new-pass"));
        assertProblem(blocked, 429, "login-throttled");
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(login(head, "demo")).isEqualTo(429);
        // an admin's reset ends the wait
        assertThat(http.post("/api/users/" + head + "/password", ownAdmin, Map.of("newPassword", "after-lockout"))
                        .status())
                .isEqualTo(204);
        assertThat(login(head, "after-lockout")).isEqualTo(200);
    }

    @Test
    void municipalAdminManagesOnlyOwnMunicipalUsers() {
        String own = onboard("96");
        String other = onboard("96");
        String municipalAdmin = http.token(own + ".admin", "demo");

        Http.Response created = http.post(
                "/api/users",
                municipalAdmin,
                Map.of(
                        "username",
                        own + ".new",
                        "password",
                        "long-enough-1",
                        "roles",
                        List.of("MUNICIPAL_OFFICER"),
                        "tenant",
                        own,
                        "position",
                        "CLERK"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.json().has("passwordHash")).isFalse();
        assertThat(created.json().get("position").asString()).isEqualTo("CLERK");

        assertProblem(
                http.post(
                        "/api/users",
                        municipalAdmin,
                        Map.of(
                                "username",
                                other + ".x",
                                "password",
                                "long-enough-1",
                                "roles",
                                List.of("MUNICIPAL_OFFICER"),
                                "tenant",
                                other)),
                403);
        assertProblem(
                http.post(
                        "/api/users",
                        municipalAdmin,
                        Map.of(
                                "username",
                                own + ".boss",
                                "password",
                                "long-enough-1",
                                "roles",
                                List.of("NATIONAL_ADMIN"))),
                403);
        assertProblem(
                http.post(
                        "/api/users",
                        admin,
                        Map.of(
                                "username",
                                own + ".new",
                                "password",
                                "long-enough-1",
                                "roles",
                                List.of("MUNICIPAL_OFFICER"),
                                "tenant",
                                own)),
                409);

        Http.Response listed = http.get("/api/users?size=500", municipalAdmin);
        assertThat(listed.status()).isEqualTo(200);
        listed.json()
                .get("items")
                .forEach(u -> assertThat(u.get("tenant").asString()).isEqualTo(own));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM tenancy.audit_log WHERE action = 'user.create' AND target = ?",
                        Long.class,
                        "user:" + own + ".new"))
                .isEqualTo(1);
    }
}
