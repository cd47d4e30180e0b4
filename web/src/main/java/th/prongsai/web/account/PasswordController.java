package th.prongsai.web.account;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;

/** The signed-in user changes their own password; the platform checks the current one. */
@Controller
class PasswordController {

    private final GatewayClient gateway;

    PasswordController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmPassword,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = FormErrors.none();
        if (!newPassword.equals(confirmPassword)) {
            errors = FormErrors.of("confirmPassword", "password.mismatch");
        } else {
            try {
                gateway.post(
                        "/api/users/me/password",
                        Map.of("currentPassword", currentPassword, "newPassword", newPassword));
                redirect.addFlashAttribute("notice", "password.changed");
                return "redirect:/account/password";
            } catch (ApiException.Invalid e) {
                errors = FormErrors.from(e);
            }
        }
        model.addAttribute("errors", errors);
        return "account/password";
    }
}
