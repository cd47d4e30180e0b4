package th.prongsai.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import th.prongsai.web.platform.SignedInUser;

/**
 * The municipality's admin pages are for its admin (and national admins). Some of the APIs behind them answer
 * any user of the municipality (settings, templates), so the page itself says no, with the same Thai 403 page;
 * the API still refuses every change on its own.
 */
final class AdminOnly extends RuntimeException {

    private AdminOnly() {
        super("admin pages are for the municipality's admin", null, false, false);
    }

    /** The signed-in admin of {@code code}, or a 403 page. */
    static SignedInUser require(String code) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        if (user.isNationalAdmin() || (user.isMunicipalAdmin() && user.isOf(code))) {
            return user;
        }
        throw new AdminOnly();
    }

    @ControllerAdvice(basePackageClasses = AdminOnly.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Refusal {

        private final MessageSource messages;

        Refusal(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(AdminOnly.class)
        String refuse(HttpServletResponse response, Model model) {
            response.setStatus(403);
            model.addAttribute("status", 403);
            model.addAttribute("detail", messages.getMessage("admin.only", null, LocaleContextHolder.getLocale()));
            model.addAttribute("user", SignedInUser.current().orElse(null));
            return "error/403";
        }

        @ExceptionHandler(TemplatesController.NoSuchTemplate.class)
        String noSuchTemplate(HttpServletResponse response, Model model) {
            response.setStatus(404);
            model.addAttribute("status", 404);
            model.addAttribute("user", SignedInUser.current().orElse(null));
            return "error/404";
        }
    }
}
