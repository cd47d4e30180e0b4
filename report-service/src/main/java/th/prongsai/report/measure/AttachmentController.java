package th.prongsai.report.measure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import th.prongsai.report.measure.AttachmentService.AttachmentView;
import th.prongsai.report.measure.AttachmentService.Content;
import th.prongsai.tenancy.context.TenantContext;

/** {@code /t/{code}/api/fiscal-years/{fy}/measures/{id}/attachments}: multipart upload (part {@code file}), download, delete. */
@RestController
@RequestMapping("/t/{code}/api/fiscal-years/{fy}/measures/{measureId}/attachments")
class AttachmentController {

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> add(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @PathVariable long measureId,
            @RequestParam("file") MultipartFile file) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AttachmentView added = attachments.add(fiscalYear, measureId, file.getOriginalFilename(), bytes);
        return ResponseEntity.created(URI.create("/t/" + TenantContext.require() + "/api/fiscal-years/" + fiscalYear
                        + "/measures/" + measureId + "/attachments/" + added.id()))
                .body(added);
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> get(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @PathVariable long measureId,
            @PathVariable long attachmentId) {
        Content content = attachments.content(fiscalYear, measureId, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.mediaType()))
                .eTag('"' + content.sha256() + '"')
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(content.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    @DeleteMapping("/{attachmentId}")
    ResponseEntity<Void> delete(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @PathVariable long measureId,
            @PathVariable long attachmentId) {
        attachments.delete(fiscalYear, measureId, attachmentId);
        return ResponseEntity.noContent().build();
    }
}
