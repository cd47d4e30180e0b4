package th.prongsai.web.signin;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import th.prongsai.web.layout.LocalPath;

@Controller
class SignInController {

    static final String LAST_USERNAME = SignInController.class.getName() + ".username";

    @GetMapping("/signin")
    String form(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String next,
            HttpSession session,
            Model model) {
        Object last = session.getAttribute(LAST_USERNAME);
        session.removeAttribute(LAST_USERNAME);
        model.addAttribute("username", last == null ? "" : last);
        model.addAttribute(
                "error",
                error == null
                        ? null
                        : switch (error) {
                            case "throttled", "unreachable" -> error;
                            default -> "bad";
                        });
        model.addAttribute("next", LocalPath.orNull(next));
        return "signin";
    }
}
