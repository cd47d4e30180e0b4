package th.prongsai.tenant.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.data.domain.Example;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.tenant.PageView;

/** The audit trail for national admins, newest first, by target, actor (who did it) and action. */
@RestController
class AuditController {

    record AuditView(long id, String actor, String action, String target, String before, String after, Instant at) {}

    private final AuditRepository entries;

    AuditController(AuditRepository entries) {
        this.entries = entries;
    }

    @GetMapping("/api/audit")
    @Transactional(readOnly = true)
    PageView<AuditView> list(
            @RequestParam(required = false) @Size(max = 200) String target,
            @RequestParam(required = false) @Size(max = 64) String actor,
            @RequestParam(required = false) @Size(max = 64) String action,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        var pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "at", "id"));
        // null fields of the probe match anything: each given parameter narrows the list
        var probe = new AuditEntry(actor, action, target, null, null, null);
        var found = entries.findAll(Example.of(probe), pageable);
        return PageView.of(found.map(e -> new AuditView(
                e.getId(),
                e.getActor(),
                e.getAction(),
                e.getTarget(),
                e.getBeforeJson(),
                e.getAfterJson(),
                e.getAt())));
    }
}
