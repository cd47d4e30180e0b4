package th.prongsai.tenant.audit;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Records admin actions in {@code audit_log}, inside the transaction of the action itself. */
@Component
public class AuditLog {

    private final AuditRepository entries;
    private final JsonMapper json;

    AuditLog(AuditRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String target, Object before, Object after) {
        entries.save(new AuditEntry(actor, action, target, toJson(before), toJson(after), Instant.now()));
    }

    /** For events with no transaction of their own to join, such as a failed login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String target, Object before, Object after) {
        record(actor, action, target, before, after);
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
