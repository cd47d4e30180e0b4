package th.prongsai.web.layout;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import th.prongsai.web.format.ThaiFormat;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.SignedInUser;

/**
 * What the layout of every page needs: who is signed in, which municipality and fiscal year the page is
 * about (from the path {@code /m/{code}/{fy}/…}), and the current address for the language switch.
 */
@ControllerAdvice
class PageModel {

    private final MunicipalityNames names;
    private final ThaiFormat thai;

    PageModel(MunicipalityNames names, ThaiFormat thai) {
        this.names = names;
        this.thai = thai;
    }

    /** The year the menu links to: this page's, else the one last visited in this municipality, else the current one. */
    private Integer navigationYear(HttpServletRequest request, String code, String fy) {
        String key = "navFy." + code;
        HttpSession session = request.getSession(false);
        if (fy != null && fy.matches("\\d{4}")) {
            if (session != null) {
                session.setAttribute(key, Integer.parseInt(fy));
            }
            return Integer.parseInt(fy);
        }
        Object remembered = session == null ? null : session.getAttribute(key);
        return remembered instanceof Integer year ? year : thai.currentFiscalYear();
    }

    @ModelAttribute
    void layout(HttpServletRequest request, Model model) {
        SignedInUser user = SignedInUser.current().orElse(null);
        model.addAttribute("user", user);
        String here = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang")
                .build()
                .toUriString();
        String path =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        model.addAttribute("here", path);
        model.addAttribute("hereAbsolute", here);
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return;
        }
        String code = variables.get("code");
        if (code != null && user == null) {
            // a public page: it names the municipality from its own public listing, and there is no year to work in
            model.addAttribute("code", code);
            return;
        }
        if (code != null) {
            model.addAttribute("code", code);
            try {
                model.addAttribute("municipality", names.of(code));
            } catch (ApiException e) {
                // the page's own API call reports the refusal or absence properly
                model.addAttribute("municipality", Map.of("code", code, "nameTh", code));
            }
        }
        String fy = variables.get("fy");
        if (fy != null && fy.matches("\\d{4}")) {
            model.addAttribute("fy", Integer.parseInt(fy));
        }
        if (code != null) {
            model.addAttribute("navFy", navigationYear(request, code, fy));
        }
    }
}
