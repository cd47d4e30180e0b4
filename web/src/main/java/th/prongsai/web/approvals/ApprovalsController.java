package th.prongsai.web.approvals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.SignedInUser;

/**
 * The approvers' inbox and the page where one approver decides on a report: the report itself inline, what has
 * happened to it so far, approve with a comment or reject with a reason. The API decides whose turn it is; a
 * refusal (another step's turn, the report changed meanwhile, the user's own submission) is shown on the page with
 * what the user typed. Whoever submitted the report is offered no decision on it.
 */
@Controller
class ApprovalsController {

    /** The HTML report carries its own inline styles; it runs sandboxed, inside our pages only. */
    static final String PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'self'; form-action 'none'; base-uri 'none'; sandbox";

    private final GatewayClient gateway;
    private final ReportWorkflows workflows;

    ApprovalsController(GatewayClient gateway, ReportWorkflows workflows) {
        this.gateway = gateway;
        this.workflows = workflows;
    }

    @GetMapping("/m/{code}/approvals")
    String inbox(@PathVariable String code, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        model.addAttribute("waiting", workflows.waitingFor(code, user));
        model.addAttribute("forAdmin", user.isMunicipalAdmin());
        return "approvals/inbox";
    }

    @GetMapping("/m/{code}/{fy}/approval")
    String approval(@PathVariable String code, @PathVariable int fy, Model model) {
        return page(code, fy, "", "", FormErrors.none(), FormErrors.none(), model);
    }

    @PostMapping("/m/{code}/{fy}/approval/approve")
    String approve(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam(defaultValue = "") String comment,
            Model model,
            RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!comment.isBlank()) {
            body.put("comment", comment.strip());
        }
        try {
            gateway.post("/t/{code}/api/fiscal-years/{fy}/report/approve", body, code, fy);
        } catch (ApiException.Invalid | ApiException.Forbidden | ApiException.Conflict e) {
            return page(code, fy, comment, "", FormErrors.from(e), FormErrors.none(), model);
        }
        redirect.addFlashAttribute("notice", "approvals.notice.approved");
        redirect.addFlashAttribute("decidedYear", fy);
        return "redirect:/m/" + code + "/approvals";
    }

    @PostMapping("/m/{code}/{fy}/approval/reject")
    String reject(
            @PathVariable String code,
            @PathVariable int fy,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        if (reason.isBlank()) {
            return page(
                    code,
                    fy,
                    "",
                    reason,
                    FormErrors.none(),
                    FormErrors.of("reason", "approvals.reason.required"),
                    model);
        }
        try {
            gateway.post("/t/{code}/api/fiscal-years/{fy}/report/reject", Map.of("reason", reason.strip()), code, fy);
        } catch (ApiException.Invalid | ApiException.Forbidden | ApiException.Conflict e) {
            return page(code, fy, "", reason, FormErrors.none(), FormErrors.from(e), model);
        }
        redirect.addFlashAttribute("notice", "approvals.notice.rejected");
        return "redirect:/m/" + code + "/approvals";
    }

    /**
     * The report as HTML, fetched with the user's token, for the page's {@code <iframe>}: the one response whose
     * policy allows inline styles, and it is sandboxed (no scripts, no forms, no navigation of our page).
     */
    @GetMapping("/m/{code}/{fy}/approval/report")
    ResponseEntity<byte[]> report(@PathVariable String code, @PathVariable int fy) {
        Map<String, Object> status = workflows.status(code, fy);
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/t/{code}/api/fiscal-years/{fy}/report")
                .queryParam("format", "html");
        // the template and digits the officer submitted, so approvers read what was sent up
        if (status.get("template") instanceof String template && !template.isBlank()) {
            uri.queryParam("template", template);
        }
        if (status.get("digits") instanceof String digits && !digits.isBlank()) {
            uri.queryParam("digits", digits);
        }
        GatewayClient.Download html = gateway.download(uri.build().toUriString(), code, fy);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", PREVIEW_POLICY)
                .header("X-Frame-Options", "SAMEORIGIN")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html.bytes());
    }

    private String page(
            String code,
            int fy,
            String comment,
            String reason,
            FormErrors approveErrors,
            FormErrors rejectErrors,
            Model model) {
        Map<String, Object> status = workflows.status(code, fy);
        model.addAttribute("status", status);
        model.addAttribute("history", workflows.history(status));
        model.addAttribute("submitted", workflows.lastSubmission(status));
        model.addAttribute(
                "ownSubmission",
                workflows.ownSubmission(status, SignedInUser.current().orElseThrow()));
        model.addAttribute("comment", comment);
        model.addAttribute("reason", reason);
        model.addAttribute("approveErrors", approveErrors);
        model.addAttribute("rejectErrors", rejectErrors);
        // a refusal (another step's turn, the report changed meanwhile) is said once at the top, not as a field to fix
        FormErrors shown = approveErrors.any() ? approveErrors : rejectErrors;
        model.addAttribute(
                "refusal", shown.general() == null ? null : shown.general().text());
        model.addAttribute("errors", shown.general() == null ? shown : FormErrors.none());
        return "approvals/approval";
    }
}
