package th.prongsai.tenant.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import th.prongsai.tenancy.Role;
import th.prongsai.tenant.Http;
import th.prongsai.tenant.RunningService;
import th.prongsai.tenant.user.UserService;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, items 2, 3 and 9 on tenant-service: login throttling per account and address that never locks the
 * user out of their usual address, case-insensitive usernames, Argon2id with old bcrypt hashes upgraded, failed
 * logins and approver accounts in the audit trail.
 */
class AccountSecurityIT extends RunningService {

    /** Documentation addresses (RFC 5737): only ever header values here, nothing is sent to them. */
    static final String A = "192.0.2.10", B = "198.51.100.20", C = "203.0.113.30";

    @Autowired
    UserService users;

    String provincialUser(String password) {
        String username = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response created = http.post(
                "/api/users",
                admin,
                Map.of(
                        "username",
                        username,
                        "password",
                        password,
                        "roles",
                        List.of("PROVINCIAL_OFFICER"),
                        "province",
                        "80"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return username;
    }

    static void assertThrottled(Http.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://prongsai.th/problems/login-throttled");
        assertThat(Long.parseLong(response.header("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheUserOutOfTheirUsualOne() {
        String user = provincialUser("correct-horse-1");
        assertThat(http.login(user, "correct-horse-1", B).status()).isEqualTo(200);

        int[] statuses = new int[5];
        for (int i = 0; i < 5; i++) {
            statuses[i] = http.login(user, "guess-" + i, A).status();
        }
        // three failures are free, then address A waits (and its refused tries are not even checked)
        assertThat(statuses).containsExactly(401, 401, 401, 429, 429);

        assertThat(http.login(user, "correct-horse-1", B).status()).isEqualTo(200);
        assertThrottled(http.login(user, "correct-horse-1", A));
        // a first-time address is not held back by A's failures either: the account-wide limit is looser
        assertThat(http.login(user, "correct-horse-1", C).status()).isEqualTo(200);

        List<Map<String, Object>> audited = jdbc.queryForList(
                "SELECT actor, after_json FROM tenancy.audit_log "
                        + "WHERE target = ? AND action = 'auth.login-failed' ORDER BY id",
                "user:" + user);
        assertThat(audited).hasSize(3);
        assertThat(audited).allSatisfy(row -> {
            assertThat(row.get("actor")).isEqualTo("anonymous");
            assertThat((String) row.get("after_json"))
                    .contains(A)
                    .contains("wrong-password")
                    .doesNotContain("guess-");
        });
    }

    @Test
    void manyAddressesTogetherSlowTheAccountOnlyForAddressesItNeverSignedInFrom() {
        String user = provincialUser("correct-horse-2");
        assertThat(http.login(user, "correct-horse-2", B).status()).isEqualTo(200);
        // 20 failures, the account-wide limit, from 7 addresses that each stay within their 3 free ones
        for (int n = 0; n < 20; n++) {
            assertThat(http.login(user, "guess-" + n, "192.0.2." + (100 + n / 3))
                            .status())
                    .isEqualTo(401);
        }
        assertThrottled(http.login(user, "guess-20", "192.0.2.106"));
        assertThrottled(http.login(user, "correct-horse-2", C));
        assertThat(http.login(user, "correct-horse-2", B).status()).isEqualTo(200);
    }

    @Test
    void usernamesAreCaseInsensitiveInLoginsThrottlingAndCreation() {
        String user = provincialUser("correct-horse-3");
        String upper = user.toUpperCase();
        Http.Response token = http.login(upper, "correct-horse-3", B);
        assertThat(token.status()).as(token.raw().body()).isEqualTo(200);

        for (int i = 0; i < 3; i++) {
            assertThat(http.login(i % 2 == 0 ? upper : user, "wrong", A).status())
                    .isEqualTo(401);
        }
        assertThrottled(http.login(user, "correct-horse-3", A));
        assertThrottled(http.login(upper, "correct-horse-3", A));

        Http.Response duplicate = http.post(
                "/api/users",
                admin,
                Map.of(
                        "username",
                        upper,
                        "password",
                        "whatever-123",
                        "roles",
                        List.of("PROVINCIAL_OFFICER"),
                        "province",
                        "80"));
        assertThat(duplicate.status()).as(duplicate.raw().body()).isEqualTo(409);
        assertThat(http.get("/api/users/" + upper, admin).json().get("username").asString())
                .isEqualTo(user);

        String mixed = "Sec-Mixed-" + UUID.randomUUID().toString().substring(0, 6);
        Http.Response created = http.post(
                "/api/users",
                admin,
                Map.of(
                        "username",
                        mixed,
                        "password",
                        "whatever-123",
                        "roles",
                        List.of("PROVINCIAL_OFFICER"),
                        "province",
                        "80"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.json().get("username").asString()).isEqualTo(mixed.toLowerCase());
    }

    @Test
    void theDatabaseRefusesTwoAccountsDifferingOnlyInCase() {
        String user = provincialUser("correct-horse-4");
        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO tenancy.users (username, password_hash, roles, enabled, created_at) "
                                + "VALUES (?, 'x', 'NATIONAL_ADMIN', true, now())",
                        user.toUpperCase()))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void newHashesAreArgon2idAndOldBcryptHashesVerifyAndAreUpgraded() {
        String user = provincialUser("correct-horse-5");
        assertThat(hash(user)).startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$");

        String bare = "old-bare-" + UUID.randomUUID().toString().substring(0, 6);
        String prefixed = "old-prefixed-" + UUID.randomUUID().toString().substring(0, 6);
        String bcrypt = new BCryptPasswordEncoder().encode("from-before-1");
        users.createIfAbsent(bare, bcrypt, Set.of(Role.NATIONAL_ADMIN), null, null, null);
        users.createIfAbsent(prefixed, "{bcrypt}" + bcrypt, Set.of(Role.NATIONAL_ADMIN), null, null, null);
        for (String old : List.of(bare, prefixed)) {
            assertThat(http.login(old, "not-it", B).status()).isEqualTo(401);
            assertThat(hash(old)).doesNotStartWith("{argon2id}");
            assertThat(http.login(old, "from-before-1", B).status()).isEqualTo(200);
            assertThat(hash(old)).startsWith("{argon2id}");
            assertThat(http.login(old, "from-before-1", B).status()).isEqualTo(200);
        }
    }

    @Test
    void anAdminCreatingAnApproverIsAuditedWithWhoDidIt() {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response tenant = http.post(
                "/api/tenants",
                admin,
                Map.of(
                        "code",
                        code,
                        "nameTh",
                        "เทศบาลทดสอบ " + code,
                        "nameEn",
                        "Test " + code,
                        "type",
                        "TOWN_MUNICIPALITY",
                        "province",
                        "23"));
        assertThat(tenant.status()).as(tenant.raw().body()).isEqualTo(201);
        String municipalAdmin = http.token(code + ".admin", "demo");
        String mayor = code + ".mayor2";
        Http.Response created = http.post(
                "/api/users",
                municipalAdmin,
                Map.of(
                        "username",
                        mayor,
                        "password",
                        "mayor-pass-1",
                        "roles",
                        List.of("MUNICIPAL_OFFICER"),
                        "position",
                        "MAYOR"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);

        JsonNode items = http.get("/api/audit?actor=" + code + ".admin&action=user.create", admin)
                .json()
                .get("items");
        assertThat(items).hasSize(1);
        JsonNode entry = items.get(0);
        assertThat(entry.get("target").asString()).isEqualTo("user:" + mayor);
        assertThat(entry.get("actor").asString()).isEqualTo(code + ".admin");
        assertThat(entry.get("after").asString())
                .contains("\"position\":\"MAYOR\"")
                .contains("MUNICIPAL_OFFICER")
                .doesNotContain("mayor-pass-1");
        assertThat(http.get("/api/audit?target=user:" + mayor, admin).json().get("items"))
                .hasSize(1);
        assertThat(http.get("/api/audit?actor=" + code + ".admin&action=user.disable", admin)
                        .json()
                        .get("items"))
                .isEmpty();
    }

    String hash(String username) {
        return jdbc.queryForObject(
                "SELECT password_hash FROM tenancy.users WHERE username = ?", String.class, username);
    }
}
