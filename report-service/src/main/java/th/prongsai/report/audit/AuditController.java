package th.prongsai.report.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.audit.AuditLog.EntryView;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.security.Callers;

/**
 * {@code /t/{code}/api/audit-log}: newest first, paged by {@code before} (an entry id). Readable by the tenant's
 * admin and national admins; officers and provincial officers are refused.
 */
@RestController
@RequestMapping("/t/{code}/api/audit-log")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping
    List<EntryView> list(
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
            @RequestParam(required = false) @Min(1) Long before,
            @RequestParam(required = false) @Pattern(regexp = "[a-z-]{1,40}") String entity,
            @RequestParam(required = false) @Min(1) Long entityId) {
        Caller caller = Callers.current();
        if (!caller.has(Role.MUNICIPAL_ADMIN) && !caller.has(Role.NATIONAL_ADMIN)) {
            throw ApiProblem.forbidden("บันทึกการแก้ไขข้อมูลเปิดให้เฉพาะผู้ดูแลของเทศบาลและผู้ดูแลระดับประเทศ");
        }
        return log.list(entity, entityId, before, size);
    }
}
