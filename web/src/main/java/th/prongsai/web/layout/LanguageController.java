package th.prongsai.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The Thai / English switch: a plain link, so it works without JavaScript and needs no CSRF token. */
@Controller
class LanguageController {

    private final LocaleResolver locales;

    LanguageController(LocaleResolver locales) {
        this.locales = locales;
    }

    @GetMapping("/lang")
    String switchTo(
            @RequestParam String to,
            @RequestParam(required = false) String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        locales.setLocale(request, response, "en".equals(to) ? Locale.ENGLISH : LocaleConfig.THAI);
        return "redirect:" + LocalPath.or(back, "/");
    }
}
