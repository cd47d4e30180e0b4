package th.prongsai.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;

/**
 * The municipality's users ({@code /api/users}, tenant-service): the list, adding an officer or an approver,
 * disabling and enabling an account (after a confirmation page, so it works without JavaScript) and resetting a
 * password. tenant-service decides who may do what (a municipality's admin only within their municipality).
 */
@Controller
class UsersController {

    /** What a municipality's admin may give (tenant-service refuses the others). */
    static final List<String> ROLES = List.of("MUNICIPAL_OFFICER", "MUNICIPAL_ADMIN");

    static final List<String> POSITIONS = List.of("OFFICER", "HEAD_OF_OFFICE", "CLERK", "MAYOR");
    private static final Set<String> OWN_MESSAGES =
            Set.of("username", "password", "newPassword", "displayName", "position", "roles");

    private final GatewayClient gateway;

    UsersController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    /** The add form as typed (never the password, which is typed again after an error). */
    public record NewUser(String username, String displayName, String role, String position) {
        static NewUser empty() {
            return new NewUser("", "", "MUNICIPAL_OFFICER", "OFFICER");
        }
    }

    @GetMapping("/m/{code}/users")
    String list(@PathVariable String code, Model model) {
        AdminOnly.require(code);
        return render(code, NewUser.empty(), FormErrors.none(), model);
    }

    @PostMapping("/m/{code}/users")
    String add(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String position,
            Model model,
            RedirectAttributes redirect) {
        AdminOnly.require(code);
        NewUser typed = new NewUser(username.strip(), displayName.strip(), role, position);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", typed.username());
        body.put("password", password);
        body.put("roles", ROLES.contains(role) ? List.of(role) : List.of());
        body.put("tenant", code);
        if (POSITIONS.contains(position)) {
            body.put("position", position);
        }
        if (!typed.displayName().isEmpty()) {
            body.put("displayName", typed.displayName());
        }
        try {
            gateway.post("/api/users", body);
        } catch (ApiException.Invalid e) {
            return render(code, typed, FormErrors.from(e, "users.error.", OWN_MESSAGES), model);
        } catch (ApiException.Conflict e) {
            return render(code, typed, FormErrors.of(Map.of("username", "users.error.duplicate")), model);
        }
        redirect.addFlashAttribute("notice", "users.notice.added");
        return "redirect:/m/" + code + "/users/" + typed.username();
    }

    @GetMapping("/m/{code}/users/{username}")
    String user(@PathVariable String code, @PathVariable String username, Model model) {
        AdminOnly.require(code);
        return renderUser(code, username, FormErrors.none(), model);
    }

    /** The confirmation page before disabling or enabling an account. */
    @GetMapping({"/m/{code}/users/{username}/disable", "/m/{code}/users/{username}/enable"})
    String confirm(@PathVariable String code, @PathVariable String username, Model model, HttpServletRequest request) {
        AdminOnly.require(code);
        Map<String, Object> account = gateway.get("/api/users/{u}", username);
        String action = request.getRequestURI().endsWith("/enable") ? "enable" : "disable";
        String name =
                account.get("displayName") == null ? username : account.get("displayName") + " (" + username + ")";
        return Confirmation.of(
                        "users.confirm." + action,
                        name,
                        "/m/" + code + "/users/" + username + "/" + action,
                        "disable".equals(action),
                        "/m/" + code + "/users/" + username)
                .show(model);
    }

    @PostMapping({"/m/{code}/users/{username}/disable", "/m/{code}/users/{username}/enable"})
    String setEnabled(
            @PathVariable String code,
            @PathVariable String username,
            Model model,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        AdminOnly.require(code);
        String action = request.getRequestURI().endsWith("/enable") ? "enable" : "disable";
        try {
            gateway.post("/api/users/{u}/" + action, null, username);
        } catch (ApiException.Conflict e) {
            return renderUser(code, username, FormErrors.from(e), model);
        }
        redirect.addFlashAttribute("notice", "users.notice." + action + "d");
        return "redirect:/m/" + code + "/users/" + username;
    }

    @PostMapping("/m/{code}/users/{username}/password")
    String resetPassword(
            @PathVariable String code,
            @PathVariable String username,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        AdminOnly.require(code);
        if (!newPassword.equals(confirmPassword)) {
            return renderUser(code, username, FormErrors.of(Map.of("confirmPassword", "password.mismatch")), model);
        }
        try {
            gateway.post("/api/users/{u}/password", Map.of("newPassword", newPassword), username);
        } catch (ApiException.Invalid e) {
            return renderUser(code, username, FormErrors.from(e, "users.error.", OWN_MESSAGES), model);
        } catch (ApiException.Conflict e) {
            return renderUser(code, username, FormErrors.from(e), model);
        }
        redirect.addFlashAttribute("notice", "users.notice.passwordReset");
        return "redirect:/m/" + code + "/users/" + username;
    }

    private String render(String code, NewUser typed, FormErrors errors, Model model) {
        Map<String, Object> page = gateway.get("/api/users?tenant={code}&size=500", code);
        model.addAttribute("users", page.getOrDefault("items", List.of()));
        model.addAttribute("form", typed);
        model.addAttribute("roles", ROLES);
        model.addAttribute("positions", POSITIONS);
        model.addAttribute("errors", errors);
        return "admin/users";
    }

    private String renderUser(String code, String username, FormErrors errors, Model model) {
        model.addAttribute("account", gateway.get("/api/users/{u}", username));
        model.addAttribute("errors", errors);
        return "admin/user";
    }
}
