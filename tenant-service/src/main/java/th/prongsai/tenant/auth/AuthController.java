package th.prongsai.tenant.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.tenancy.web.ApiProblem;
import th.prongsai.tenant.user.UserAccount;
import th.prongsai.tenant.user.UserRepository;

@RestController
@RequestMapping("/api/auth")
class AuthController {

    record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
    }

    record TokenResponse(String access_token, String token_type, long expires_in) {
    }


    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;
    private final SigningKeys keys;
    /** Compared against when the username is unknown, so both cases cost the same bcrypt work. */
    private final String noSuchUserHash;

    AuthController(UserRepository users, PasswordEncoder passwords, TokenIssuer tokens, LoginThrottle throttle,
            SigningKeys keys) {
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.keys = keys;
        this.noSuchUserHash = passwords.encode(UUID.randomUUID().toString());
    }

    @PostMapping("/token")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        Optional<Duration> blocked = throttle.blockedFor(request.username());
        if (blocked.isPresent()) {
            long seconds = blocked.get().toSeconds();
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "login-throttled", "Too many failed logins",
                    "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป กรุณาลองใหม่ในอีก " + Math.max(1, seconds / 60) + " นาที")
                    .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        Optional<UserAccount> user = users.findByUsername(request.username());
        boolean matches = passwords.matches(request.password(), user.map(UserAccount::getPasswordHash).orElse(noSuchUserHash));
        if (user.isEmpty() || !matches || !user.get().isEnabled()) {
            throttle.recordFailure(request.username());
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
                    "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        }
        throttle.reset(request.username());
        TokenIssuer.Token token = tokens.issue(user.get());
        return new TokenResponse(token.value(), "Bearer", token.expiresIn());
    }

    @GetMapping(value = "/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwks() {
        return keys.publicSet().toJSONObject(true);
    }
}
