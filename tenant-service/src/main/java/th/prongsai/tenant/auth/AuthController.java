package th.prongsai.tenant.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.platform.web.SingleLine;
import th.prongsai.tenant.audit.AuditLog;
import th.prongsai.tenant.throttle.ClientAddresses;
import th.prongsai.tenant.throttle.LoginThrottle;
import th.prongsai.tenant.tokens.TokenIssuer;
import th.prongsai.tenant.user.UserAccount;
import th.prongsai.tenant.user.UserService;
import th.prongsai.tenant.user.Usernames;

@RestController
@RequestMapping("/api/auth")
class AuthController {

    record TokenRequest(
            @NotBlank @Size(max = 64) @SingleLine String username,
            @NotBlank @Size(max = 200) String password) {
        TokenRequest {
            username = Usernames.canonical(username);
        }
    }

    record TokenResponse(String access_token, String token_type, long expires_in) {}

    private final UserService users;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;
    private final ClientAddresses addresses;
    private final AuditLog audit;
    /** Compared against when the username is unknown, so both cases cost the same hashing work. */
    private final String noSuchUserHash;

    AuthController(
            UserService users,
            PasswordEncoder passwords,
            TokenIssuer tokens,
            LoginThrottle throttle,
            ClientAddresses addresses,
            AuditLog audit) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.addresses = addresses;
        this.audit = audit;
        this.noSuchUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    @PostMapping("/token")
    TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        String account = request.username();
        String address = addresses.of(http);
        Optional<Duration> blocked = throttle.blockedFor(account, address);
        if (blocked.isPresent()) {
            throw LoginThrottle.problem(blocked.get(), "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป");
        }
        Optional<UserAccount> user = users.findAccount(account);
        boolean matches = passwords.matches(
                request.password(), user.map(UserAccount::getPasswordHash).orElse(noSuchUserHash));
        if (user.isEmpty() || !matches || !user.get().isEnabled()) {
            long failures = throttle.recordFailure(account, address);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("address", address);
            details.put("reason", user.isEmpty() ? "unknown-user" : !matches ? "wrong-password" : "disabled");
            details.put("failuresFromAddress", failures);
            audit.recordAlone("anonymous", "auth.login-failed", "user:" + account, null, details);
            throw new ApiProblem(
                    HttpStatus.UNAUTHORIZED,
                    "invalid-credentials",
                    "Invalid credentials",
                    "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        }
        throttle.recordSuccess(account, address);
        if (passwords.upgradeEncoding(user.get().getPasswordHash())) {
            users.rehash(account, passwords.encode(request.password()));
        }
        UserAccount signedIn = user.get();
        TokenIssuer.Token token = tokens.issue(new TokenIssuer.Holder(
                signedIn.getUsername(),
                signedIn.roles(),
                signedIn.getTenant(),
                signedIn.getProvince(),
                signedIn.getPosition(),
                signedIn.getDisplayName()));
        return new TokenResponse(token.value(), "Bearer", token.expiresIn());
    }
}
