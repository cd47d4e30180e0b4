package th.prongsai.web.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.approvals.ReportWorkflows;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.WebProperties;

/**
 * The municipality's admin publishes an approved report and finds what to enter into the NACC's ITAS: the permanent
 * public address (with a copy button and a QR code) and every published version with its SHA-256, all as
 * report-service states them ({@code report/status} lists the versions, {@code report/publish} makes one).
 */
@Controller
class PublishController {

    private final GatewayClient gateway;
    private final ReportWorkflows workflows;
    private final WebProperties properties;
    private final MessageSource messages;

    PublishController(
            GatewayClient gateway, ReportWorkflows workflows, WebProperties properties, MessageSource messages) {
        this.gateway = gateway;
        this.workflows = workflows;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/m/{code}/{fy}/publish")
    String page(@PathVariable String code, @PathVariable int fy, Model model) {
        AdminOnly.require(code);
        return render(code, fy, FormErrors.none(), model);
    }

    @PostMapping("/m/{code}/{fy}/publish")
    String publish(@PathVariable String code, @PathVariable int fy, Model model, RedirectAttributes redirect) {
        AdminOnly.require(code);
        Map<String, Object> published;
        try {
            published = gateway.post("/t/{code}/api/fiscal-years/{fy}/report/publish", null, code, fy);
        } catch (ApiException.Conflict | ApiException.Forbidden e) {
            return render(code, fy, FormErrors.from(e), model);
        }
        redirect.addFlashAttribute("published", published);
        return "redirect:/m/" + code + "/" + fy + "/publish";
    }

    private String render(String code, int fy, FormErrors errors, Model model) {
        Map<String, Object> status = workflows.status(code, fy);
        List<Map<String, Object>> versions = new ArrayList<>();
        if (status.get("versions") instanceof List<?> list) {
            for (Object v : list) {
                @SuppressWarnings("unchecked")
                Map<String, Object> version = new LinkedHashMap<>((Map<String, Object>) v);
                if (version.get("publicUrl") instanceof String url && url.startsWith("/")) {
                    version.put("publicUrl", base() + url);
                }
                versions.add(version);
            }
        }
        String publicUrl = base() + "/public/" + code + "/reports/" + fy;
        model.addAttribute("status", status);
        model.addAttribute("submitted", workflows.lastSubmission(status));
        model.addAttribute("history", workflows.history(status));
        model.addAttribute("versions", versions.reversed());
        model.addAttribute("publicUrl", publicUrl);
        model.addAttribute(
                "qr",
                versions.isEmpty()
                        ? null
                        : QrSvg.of(
                                publicUrl,
                                messages.getMessage(
                                        "publish.qr.label",
                                        new Object[] {publicUrl},
                                        LocaleContextHolder.getLocale())));
        model.addAttribute(
                "refusal", errors.general() == null ? null : errors.general().text());
        return "admin/publish";
    }

    private String base() {
        String base = properties.publicUrl().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
