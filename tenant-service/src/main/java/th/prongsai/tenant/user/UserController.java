package th.prongsai.tenant.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.web.SingleLine;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.security.Callers;
import th.prongsai.tenant.PageView;
import th.prongsai.tenant.throttle.ClientAddresses;

@RestController
@RequestMapping("/api/users")
class UserController {

    static final String USERNAME = "^[a-z0-9][a-z0-9._-]{1,63}$";
    static final String USERNAME_MESSAGE = "lower-case letters, digits, . _ -; 2-64 characters";
    /** In a path any case is accepted: usernames are case-insensitive (see {@link Usernames}). */
    static final String USERNAME_IN_PATH = "(?i)" + USERNAME;

    static final String TENANT = "^[a-z][a-z0-9-]{1,39}$";

    record CreateUserRequest(
            @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_MESSAGE)
            String username,

            @NotBlank @Size(min = 8, max = 200) String password,
            @NotEmpty @Size(max = 10) Set<@NotNull Role> roles,

            @Pattern(regexp = TENANT, message = "must be a tenant code")
            String tenant,

            @Pattern(regexp = "^\\d{2}$", message = "must be a 2-digit province code")
            String province,

            Position position,
            @Size(max = 200) @SingleLine String displayName) {
        CreateUserRequest {
            username = Usernames.canonical(username);
        }
    }

    record ResetPasswordRequest(
            @NotBlank @Size(min = 8, max = 200) String newPassword) {}

    record ChangePasswordRequest(
            @NotBlank @Size(max = 200) String currentPassword,
            @NotBlank @Size(min = 8, max = 200) String newPassword) {}

    private final UserService users;
    private final ClientAddresses addresses;

    UserController(UserService users, ClientAddresses addresses) {
        this.users = users;
        this.addresses = addresses;
    }

    @PostMapping
    ResponseEntity<UserService.UserView> create(@Valid @RequestBody CreateUserRequest request) {
        UserService.UserView created = users.create(
                Callers.current(),
                new UserService.NewUser(
                        request.username(),
                        request.password(),
                        request.roles(),
                        request.tenant(),
                        request.province(),
                        request.position(),
                        request.displayName()));
        return ResponseEntity.created(URI.create("/api/users/" + created.username()))
                .body(created);
    }

    @GetMapping
    PageView<UserService.UserView> list(
            @RequestParam(required = false) @Pattern(regexp = TENANT, message = "must be a tenant code") String tenant,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
            @RequestParam(required = false) @Pattern(regexp = "national", message = "must be national") String scope) {
        if (scope != null) {
            return PageView.of(users.listNational(Callers.current(), PageRequest.of(page, size, Sort.by("username"))));
        }
        return PageView.of(users.list(Callers.current(), tenant, PageRequest.of(page, size, Sort.by("username"))));
    }

    @GetMapping("/{username}")
    UserService.UserView get(
            @PathVariable @Pattern(regexp = USERNAME_IN_PATH, message = USERNAME_MESSAGE) String username) {
        return users.get(Callers.current(), username);
    }

    @PostMapping("/{username}/disable")
    UserService.UserView disable(
            @PathVariable @Pattern(regexp = USERNAME_IN_PATH, message = USERNAME_MESSAGE) String username) {
        return users.setEnabled(Callers.current(), username, false);
    }

    @PostMapping("/{username}/enable")
    UserService.UserView enable(
            @PathVariable @Pattern(regexp = USERNAME_IN_PATH, message = USERNAME_MESSAGE) String username) {
        return users.setEnabled(Callers.current(), username, true);
    }

    /** The literal {@code me} wins over {@code {username}} in Spring MVC, hence no account may be called "me". */
    @PostMapping("/me/password")
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody ChangePasswordRequest request, HttpServletRequest http) {
        users.changeOwnPassword(
                Callers.current(), addresses.of(http), request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{username}/password")
    ResponseEntity<Void> resetPassword(
            @PathVariable @Pattern(regexp = USERNAME_IN_PATH, message = USERNAME_MESSAGE) String username,
            @Valid @RequestBody ResetPasswordRequest request) {
        users.resetPassword(Callers.current(), username, request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
