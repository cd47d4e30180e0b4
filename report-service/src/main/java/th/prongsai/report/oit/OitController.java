package th.prongsai.report.oit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.framework.FrameworkCatalog;
import th.prongsai.tenancy.security.Callers;

/**
 * {@code /t/{code}/api/fiscal-years/{fy}/oit}: the year's OIT checklist, reached only through libs/tenancy's guard
 * (officers and admins of the municipality write; provincial officers read).
 */
@RestController
@RequestMapping("/t/{code}/api/fiscal-years/{fy}/oit")
class OitController {

    static final String ITEM_CODE = "[A-Za-z][A-Za-z0-9.-]{0,19}";

    private final OitChecklist checklist;
    private final OitCheckRuns runs;
    private final FrameworkCatalog frameworks;

    OitController(OitChecklist checklist, OitCheckRuns runs, FrameworkCatalog frameworks) {
        this.checklist = checklist;
        this.runs = runs;
        this.frameworks = frameworks;
    }

    /** Every item of the year's framework, answered or not, with its URLs' latest checks. */
    @GetMapping
    OitChecklist.ChecklistView checklist(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        return checklist.checklist(fiscalYear);
    }

    @GetMapping("/items/{item}")
    OitChecklist.ItemView item(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @PathVariable("item") @Pattern(regexp = ITEM_CODE, message = "must be an OIT item code such as o1")
                    String item) {
        return checklist.item(fiscalYear, item);
    }

    @PutMapping("/items/{item}")
    OitChecklist.ItemView answer(
            @PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear,
            @PathVariable("item") @Pattern(regexp = ITEM_CODE, message = "must be an OIT item code such as o1")
                    String item,
            @Valid @RequestBody OitAnswerRequest request) {
        return checklist.answer(fiscalYear, item, request);
    }

    /** The list to copy into ITAS: item → URL → explanation in ITAS order, UTF-8 with BOM for Excel. */
    @GetMapping("/itas.csv")
    ResponseEntity<byte[]> itasCsv(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("oit-itas-" + fiscalYear + ".csv")
                                .build()
                                .toString())
                .body(checklist.itasCsv(fiscalYear));
    }

    @GetMapping("/readiness")
    Readiness.Result readiness(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        return checklist.readiness(fiscalYear);
    }

    /** "Check now": every URL of the year, in the background; 202 with the run to follow. */
    @PostMapping("/checks")
    ResponseEntity<OitCheckRuns.RunView> checkNow(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        frameworks.require(fiscalYear);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(runs.start(fiscalYear, "MANUAL", Callers.current().username()));
    }

    /** The year's latest run and its progress (total, done). */
    @GetMapping("/checks/latest")
    OitCheckRuns.RunView latestRun(@PathVariable("fy") @Min(2500) @Max(2700) int fiscalYear) {
        frameworks.require(fiscalYear);
        return runs.latest(fiscalYear)
                .orElseThrow(() -> ApiProblem.notFound("การตรวจลิงก์ของปีงบประมาณ " + fiscalYear));
    }
}
