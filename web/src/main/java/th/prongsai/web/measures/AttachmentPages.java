package th.prongsai.web.measures;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import th.prongsai.web.errors.PageRefused;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;

/**
 * A measure's evidence files: uploaded to report-service (which checks the real type and the 2 MB limit and
 * answers in Thai), streamed back through the web with the user's own token for preview and download, deleted
 * after a confirmation.
 */
@Controller
class AttachmentPages {

    private final MeasuresApi api;
    private final MeasureController measures;

    AttachmentPages(MeasuresApi api, MeasureController measures) {
        this.api = api;
        this.measures = measures;
    }

    @PostMapping("/m/{code}/{fy}/measures/{id}/attachments")
    String upload(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        FormErrors errors = FormErrors.none();
        if (file == null || file.isEmpty()) {
            errors.add("file", "measures.field.file", null, "measures.error.file.none");
        } else {
            String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
            ByteArrayResource bytes = new ByteArrayResource(file.getBytes()) {
                @Override
                public String getFilename() {
                    return name;
                }
            };
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(
                    file.getContentType() == null
                            ? MediaType.APPLICATION_OCTET_STREAM
                            : MediaType.parseMediaType(file.getContentType()));
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("file", new HttpEntity<>(bytes, headers));
            try {
                api.attach(code, fy, id, parts);
                return "redirect:/m/" + code + "/" + fy + "/measures/" + id + "/edit?uploaded#attachments";
            } catch (ApiException.Invalid | ApiException.Conflict e) {
                // 413 too large, 415 not an image or PDF, 409 too many: the API's Thai detail next to the input
                errors = e.fieldErrors().isEmpty()
                        ? FormErrors.none()
                                .addText(
                                        "file",
                                        "measures.field.file",
                                        e.problem().detail())
                        : MeasureErrors.from(e);
            }
        }
        // an error status, so the upload script shows this page instead of following it
        response.setStatus(422);
        Map<String, Object> measure = api.measure(code, fy, id);
        return measures.editPage(code, fy, measure, MeasureForm.of(measure), FormErrors.none(), errors, model);
    }

    /**
     * The file as the API serves it, inline for preview or as a download ({@code ?download}). The pages' CSP
     * ({@code frame-ancestors 'self'}) lets the view page show a PDF in an iframe of this site.
     */
    @GetMapping("/m/{code}/{fy}/measures/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> file(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @PathVariable long attachmentId,
            @RequestParam(required = false) String download) {
        GatewayClient.Download file = api.attachment(code, fy, id, attachmentId);
        String disposition = file.contentDisposition() == null ? "inline" : file.contentDisposition();
        if (download != null) {
            disposition = disposition.replaceFirst("^inline", "attachment");
        }
        return ResponseEntity.ok()
                .contentType(file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .body(file.bytes());
    }

    @GetMapping("/m/{code}/{fy}/measures/{id}/attachments/{attachmentId}/delete")
    String deleteForm(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @PathVariable long attachmentId,
            Model model) {
        MeasureListController.requireEditor(code);
        Map<String, Object> measure = api.measure(code, fy, id);
        Object attachment = ((List<?>) measure.getOrDefault("attachments", List.of()))
                .stream()
                        .filter(a -> a instanceof Map<?, ?> m
                                && String.valueOf(m.get("id")).equals(String.valueOf(attachmentId)))
                        .findFirst()
                        .orElseThrow(PageRefused::notFound);
        model.addAttribute("m", measure);
        model.addAttribute("a", attachment);
        return "measures/attachment-delete";
    }

    @PostMapping("/m/{code}/{fy}/measures/{id}/attachments/{attachmentId}/delete")
    String delete(
            @PathVariable String code,
            @PathVariable int fy,
            @PathVariable long id,
            @PathVariable long attachmentId,
            RedirectAttributes redirect) {
        api.deleteAttachment(code, fy, id, attachmentId);
        redirect.addFlashAttribute("notice", "measures.attachment.deleted");
        return "redirect:/m/" + code + "/" + fy + "/measures/" + id + "/edit#attachments";
    }
}
