package th.prongsai.report.publication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.report.publication.Publication.Published;
import th.prongsai.report.publication.Publication.StatusView;

/**
 * The report's workflow under {@code /t/{code}/api/fiscal-years/{fy}/report/}: {@code checks}, {@code status}, {@code submit}
 * (officer), {@code approve} (the approver whose turn it is), {@code reject} (with a reason), {@code publish}
 * (the tenant's admin).
 */
@RestController
@RequestMapping("/t/{code}/api/fiscal-years/{fy}/report")
class PublicationController {

    record SubmitRequest(
            @Size(max = 40) String template,

            @Pattern(regexp = "thai|arabic", message = "must be thai or arabic")
            String digits) {}

    record ApproveRequest(@Size(max = 2000) String comment) {}

    record RejectRequest(@NotBlank @Size(max = 2000) String reason) {}

    private final Publication publication;
    private final ReportChecks checks;

    PublicationController(Publication publication, ReportChecks checks) {
        this.publication = publication;
        this.checks = checks;
    }

    /** What the officer should fix before submitting; BLOCKING findings refuse the submission. */
    @GetMapping("/checks")
    ReportChecks.Result checks(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        return checks.check(fiscalYear);
    }

    @GetMapping("/status")
    StatusView status(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        return publication.status(fiscalYear);
    }

    @PostMapping("/submit")
    StatusView submit(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @Valid @RequestBody(required = false) SubmitRequest request) {
        SubmitRequest body = request == null ? new SubmitRequest(null, null) : request;
        return publication.submit(fiscalYear, body.template(), body.digits());
    }

    @PostMapping("/approve")
    StatusView approve(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @Valid @RequestBody(required = false) ApproveRequest request) {
        return publication.approve(fiscalYear, request == null ? null : request.comment());
    }

    @PostMapping("/reject")
    StatusView reject(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear, @Valid @RequestBody RejectRequest request) {
        return publication.reject(fiscalYear, request.reason());
    }

    @PostMapping("/publish")
    ResponseEntity<Published> publish(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        return ResponseEntity.status(HttpStatus.CREATED).body(publication.publish(fiscalYear));
    }
}
