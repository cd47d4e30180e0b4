package th.prongsai.web.national;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;

/** National administrators and provincial officers: the accounts of no municipality, added, disabled, reset here. */
@Controller
class NationalUsersController {

    static final List<String> ROLES = List.of("NATIONAL_ADMIN", "PROVINCIAL_OFFICER");
    private static final Set<String> FIELDS =
            Set.of("username", "displayName", "password", "roles", "province", "newPassword");

    record NewUserForm(String username, String displayName, String password, String role, String province) {
        static NewUserForm empty() {
            return new NewUserForm("", "", "", "PROVINCIAL_OFFICER", "");
        }
    }

    private final GatewayClient gateway;
    private final Registry registry;

    NationalUsersController(GatewayClient gateway, Registry registry) {
        this.gateway = gateway;
        this.registry = registry;
    }

    @GetMapping("/national/users")
    String list(Model model) {
        return page(NewUserForm.empty(), FormErrors.none(), model);
    }

    @PostMapping("/national/users")
    String add(@ModelAttribute NewUserForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = FormErrors.none();
        String role = ROLES.contains(form.role()) ? form.role() : null;
        boolean provincial = "PROVINCIAL_OFFICER".equals(role);
        if (role == null) {
            errors.add("role", "national.user.error.role");
        } else if (provincial && (form.province() == null || form.province().isBlank())) {
            // the platform would take a provincial officer without a province; such an account sees nothing
            errors.add("province", "national.user.error.province");
        }
        if (!errors.any()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("username", form.username() == null ? "" : form.username().strip());
            body.put("password", form.password() == null ? "" : form.password());
            body.put("roles", List.of(role));
            body.put(
                    "displayName",
                    form.displayName() == null || form.displayName().isBlank()
                            ? null
                            : form.displayName().strip());
            body.put("province", provincial ? form.province() : null);
            try {
                gateway.post("/api/users", body);
                redirect.addFlashAttribute("notice", "national.user.added");
                return "redirect:/national/users";
            } catch (ApiException.Invalid e) {
                errors = ConsoleErrors.from(e, "national.user.error.", FIELDS)
                        .inOrder(List.of("username", "displayName", "password", "roles", "province"));
                if (errors.has("roles")) {
                    errors.add("role", "national.user.error.role"); // the form's field is the role radio group
                }
            } catch (ApiException.Conflict e) {
                errors = FormErrors.none().add("username", "national.user.error.duplicate");
            }
        }
        // a password is never sent back to the browser
        return page(
                new NewUserForm(form.username(), form.displayName(), "", form.role(), form.province()), errors, model);
    }

    private String page(NewUserForm form, FormErrors errors, Model model) {
        Map<String, Object> users = gateway.get("/api/users?scope=national&size=500");
        List<Map<String, Object>> provinces = registry.provinces();
        model.addAttribute("users", users.getOrDefault("items", List.of()));
        model.addAttribute("total", users.get("total"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", ROLES);
        model.addAttribute("provinces", provinces);
        model.addAttribute("provinceNames", registry.provinceNames(provinces));
        return "national/users";
    }

    @PostMapping("/national/users/{username}/{action:disable|enable}")
    String toggle(@PathVariable String username, @PathVariable String action, RedirectAttributes redirect) {
        try {
            gateway.post("/api/users/{u}/" + action, null, username);
            redirect.addFlashAttribute("notice", "national.user." + action + "d");
        } catch (ApiException.Conflict e) {
            redirect.addFlashAttribute("conflict", e.problem().detail());
        }
        return "redirect:/national/users";
    }

    @GetMapping("/national/users/{username}/password")
    String passwordForm(@PathVariable String username, Model model) {
        model.addAttribute("account", gateway.get("/api/users/{u}", username));
        model.addAttribute("errors", FormErrors.none());
        return "national/user-password";
    }

    @PostMapping("/national/users/{username}/password")
    String resetPassword(
            @PathVariable String username,
            @RequestParam String newPassword,
            @RequestParam String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors;
        if (!newPassword.equals(confirmPassword)) {
            errors = FormErrors.none().add("confirmPassword", "national.user.error.mismatch");
        } else {
            try {
                gateway.post("/api/users/{u}/password", Map.of("newPassword", newPassword), username);
                redirect.addFlashAttribute("notice", "national.user.passwordReset");
                return "redirect:/national/users";
            } catch (ApiException.Invalid e) {
                errors = ConsoleErrors.from(e, "national.user.error.", FIELDS);
            } catch (ApiException.Conflict e) {
                errors = FormErrors.none().add("newPassword", "national.user.error.self");
            }
        }
        model.addAttribute("account", gateway.get("/api/users/{u}", username));
        model.addAttribute("errors", errors);
        return "national/user-password";
    }
}
