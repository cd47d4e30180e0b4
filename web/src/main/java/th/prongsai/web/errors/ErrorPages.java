package th.prongsai.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import th.prongsai.web.layout.LocalPath;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.SignedInUser;

/**
 * What a person sees when the platform refuses or fails: a Thai page that says what happened and what to do,
 * never a stack trace. An expired token signs the user out and brings them back here after signing in again.
 * For htmx requests the same message goes into the page's alert area instead of replacing a fragment.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiException.SignInRequired.class)
    String signInAgain(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        String target = "/signin?error=expired&next=" + URLEncoder.encode(returnPath(request), StandardCharsets.UTF_8);
        if (isHtmx(request)) {
            response.setHeader("HX-Redirect", target);
            return "error/fragment :: alert";
        }
        return "redirect:" + target;
    }

    @ExceptionHandler(ApiException.class)
    String refused(ApiException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = switch (e) {
            case ApiException.Forbidden f -> 403;
            case ApiException.NotFound n -> 404;
            case ApiException.Unavailable u -> 503;
            default -> e.status() >= 400 && e.status() < 600 ? e.status() : 500;
        };
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", e.problem().detail());
        model.addAttribute("user", SignedInUser.current().orElse(null));
        if (isHtmx(request)) {
            response.setHeader("HX-Retarget", "#page-alert");
            response.setHeader("HX-Reswap", "innerHTML");
            return "error/fragment :: alert";
        }
        return switch (status) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            case 503 -> "error/unavailable";
            default -> "error/4xx";
        };
    }

    @ExceptionHandler(PageRefused.class)
    String pageRefused(PageRefused e, HttpServletResponse response, Model model) {
        response.setStatus(e.status());
        model.addAttribute("status", e.status());
        if (e.detailKey() != null) {
            model.addAttribute("detail", messages.getMessage(e.detailKey(), null, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("user", SignedInUser.current().orElse(null));
        return e.status() == 403 ? "error/403" : "error/404";
    }

    /** A file larger than the web accepts never reaches the API: say so in Thai (the API's own limit is 2 MB). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(413);
        model.addAttribute("status", 413);
        model.addAttribute(
                "detail", messages.getMessage("error.upload.tooLarge", null, LocaleContextHolder.getLocale()));
        model.addAttribute("user", SignedInUser.current().orElse(null));
        return isHtmx(request) ? "error/fragment :: alert" : "error/4xx";
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** The page to come back to: this one for a GET, the page the form was on otherwise. */
    private static String returnPath(HttpServletRequest request) {
        if ("GET".equals(request.getMethod()) && !isHtmx(request)) {
            String query = request.getQueryString();
            return request.getRequestURI() + (query == null ? "" : "?" + query);
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                return LocalPath.or(path, "/");
            } catch (IllegalArgumentException malformed) {
                return "/";
            }
        }
        return "/";
    }
}
