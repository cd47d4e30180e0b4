package th.prongsai.report.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.tenancy.security.Callers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant's audit log. Every service that changes tenant data records here inside its own transaction, so a
 * change and its entry are committed together or not at all.
 */
@Service
public class AuditLog {

    /** How an entry is shown to the tenant's admin. */
    public record EntryView(
            long id,
            Instant occurredAt,
            String actor,
            String action,
            String entity,
            Long entityId,
            Integer fiscalYear,
            JsonNode before,
            JsonNode after) {}

    private final AuditEntryRepository entries;
    private final JsonMapper json;
    private final Clock clock;

    public AuditLog(AuditEntryRepository entries, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param action   CREATE, UPDATE, DELETE, IMPORT, COPY, REORDER …
     * @param entity   measure, theme, scores, department, attachment, fiscal-year
     * @param before   the shown value before (null when created)
     * @param after    the shown value after (null when deleted)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entity, Long entityId, Integer fiscalYear, Object before, Object after) {
        String actor = Callers.find().map(caller -> caller.username()).orElse("system");
        entries.save(new AuditEntry(
                Instant.now(clock), actor, action, entity, entityId, fiscalYear, write(before), write(after)));
    }

    @Transactional(readOnly = true)
    public List<EntryView> list(String entity, Long entityId, Long before, int size) {
        long cursor = before == null ? Long.MAX_VALUE : before;
        List<AuditEntry> page = entity != null && entityId != null
                ? entries.findByEntityAndEntityIdAndIdLessThanOrderByIdDesc(entity, entityId, cursor, Limit.of(size))
                : entries.findByIdLessThanOrderByIdDesc(cursor, Limit.of(size));
        return page.stream().map(this::view).toList();
    }

    private EntryView view(AuditEntry e) {
        return new EntryView(
                e.getId(),
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getEntity(),
                e.getEntityId(),
                e.getFiscalYear(),
                read(e.getBefore()),
                read(e.getAfter()));
    }

    private String write(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private JsonNode read(String value) {
        return value == null ? null : json.readTree(value);
    }
}
