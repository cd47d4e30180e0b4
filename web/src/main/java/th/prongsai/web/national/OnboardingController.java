package th.prongsai.web.national;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;

/**
 * Bulk onboarding from a registry CSV: upload → the platform's preview (every bad row by line, nothing created)
 * → start → the job's page, whose progress comes from the job itself, so a reload or another browser sees it too.
 * The uploaded file waits in the user's server session between the preview and the start.
 */
@Controller
class OnboardingController {

    private static final String UPLOAD = "national.onboarding.upload";

    /** The previewed file, until it is started or replaced. */
    record Upload(String filename, byte[] bytes, String sha256) implements Serializable {}

    private final GatewayClient gateway;

    OnboardingController(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/national/onboarding")
    String start(Model model) {
        model.addAttribute("jobs", gateway.list("/api/onboarding-jobs?limit=20"));
        model.addAttribute("fileError", null);
        return "national/onboarding";
    }

    /** The file waits in the session and the preview is its own page (POST-redirect-GET; the upload script follows it). */
    @PostMapping("/national/onboarding")
    String upload(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("jobs", gateway.list("/api/onboarding-jobs?limit=20"));
            model.addAttribute("fileError", "national.onboarding.error.noFile");
            return "national/onboarding";
        }
        byte[] bytes = file.getBytes();
        String name =
                file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                        ? "registry.csv"
                        : file.getOriginalFilename();
        session.setAttribute(UPLOAD, new Upload(name, bytes, sha256(bytes)));
        return "redirect:/national/onboarding/preview";
    }

    /** The platform's check of the waiting file; a preview stores nothing, so it is asked again on every view. */
    @GetMapping("/national/onboarding/preview")
    String preview(HttpSession session, Model model) {
        if (!(session.getAttribute(UPLOAD) instanceof Upload upload)) {
            return "redirect:/national/onboarding";
        }
        try {
            model.addAttribute("preview", gateway.postMultipart("/api/onboarding-jobs/preview", parts(upload)));
        } catch (ApiException.Invalid e) {
            session.removeAttribute(UPLOAD);
            model.addAttribute("jobs", gateway.list("/api/onboarding-jobs?limit=20"));
            model.addAttribute("fileError", null);
            model.addAttribute("fileProblem", e.problem().detail());
            return "national/onboarding";
        }
        model.addAttribute("upload", upload);
        return "national/onboarding-preview";
    }

    @PostMapping("/national/onboarding/start")
    String create(@RequestParam String sha256, HttpSession session, Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(UPLOAD) instanceof Upload upload)
                || !upload.sha256().equals(sha256)) {
            // the file previewed on this page is no longer the one waiting (another tab uploaded another)
            redirect.addFlashAttribute("notice", "national.onboarding.uploadAgain");
            return "redirect:/national/onboarding";
        }
        try {
            Map<String, Object> job = gateway.postMultipart("/api/onboarding-jobs", parts(upload));
            session.removeAttribute(UPLOAD);
            return "redirect:/national/onboarding/" + job.get("id");
        } catch (ApiException.Invalid e) {
            return "redirect:/national/onboarding/preview"; // the preview lists what the platform refused
        }
    }

    @GetMapping("/national/onboarding/{id:\\d+}")
    String job(@PathVariable long id, Model model) {
        model.addAttribute("job", gateway.get("/api/onboarding-jobs/{id}", id));
        return "national/job";
    }

    /** The progress section alone, polled by htmx every second while the job runs. */
    @GetMapping("/national/onboarding/{id:\\d+}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", gateway.get("/api/onboarding-jobs/{id}", id));
        return "national/job :: progress";
    }

    @PostMapping("/national/onboarding/{id:\\d+}/resume")
    String resume(@PathVariable long id, RedirectAttributes redirect) {
        gateway.post("/api/onboarding-jobs/{id}/resume", null, id);
        redirect.addFlashAttribute("notice", "national.job.resumed");
        return "redirect:/national/onboarding/" + id;
    }

    private static MultiValueMap<String, Object> parts(Upload upload) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(upload.bytes()) {
            @Override
            public String getFilename() {
                return upload.filename();
            }
        });
        return parts;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
