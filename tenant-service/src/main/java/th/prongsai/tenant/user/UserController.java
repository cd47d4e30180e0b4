package th.prongsai.tenant.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import th.prongsai.tenant.api.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.web.Callers;

@RestController
@RequestMapping("/api/users")
class UserController {

    record CreateUserRequest(
            @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{1,63}$", message = "lower-case letters, digits, . _ -; 2-64 characters") String username,
            @NotBlank @Size(min = 8, max = 200) String password,
            @NotEmpty Set<Role> roles,
            @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$", message = "must be a tenant code") String tenant,
            @Pattern(regexp = "^\\d{2}$", message = "must be a 2-digit province code") String province,
            Position position) {
    }

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @PostMapping
    ResponseEntity<UserService.UserView> create(@Valid @RequestBody CreateUserRequest request) {
        UserService.UserView created = users.create(Callers.current(), new UserService.NewUser(request.username(),
                request.password(), request.roles(), request.tenant(), request.province(), request.position()));
        return ResponseEntity.created(URI.create("/api/users/" + created.username())).body(created);
    }

    @GetMapping
    PageView<UserService.UserView> list(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageView.of(users.list(Callers.current(), PageRequest.of(page, size, Sort.by("username"))));
    }
}
