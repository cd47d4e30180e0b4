package th.prongsai.report.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** One change to the tenant's data: who, when, what, and the values before and after (JSON). Never updated. */
@Entity
@Table(name = "audit_log")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Column(nullable = false, updatable = false, length = 40)
    private String entity;

    @Column(name = "entity_id", updatable = false)
    private Long entityId;

    @Column(name = "fiscal_year", updatable = false)
    private Integer fiscalYear;

    @Column(name = "before_value", columnDefinition = "jsonb", updatable = false)
    @ColumnTransformer(write = "?::jsonb")
    private String before;

    @Column(name = "after_value", columnDefinition = "jsonb", updatable = false)
    @ColumnTransformer(write = "?::jsonb")
    private String after;

    protected AuditEntry() {}

    AuditEntry(
            Instant occurredAt,
            String actor,
            String action,
            String entity,
            Long entityId,
            Integer fiscalYear,
            String before,
            String after) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entity = entity;
        this.entityId = entityId;
        this.fiscalYear = fiscalYear;
        this.before = before;
        this.after = after;
    }

    Long getId() {
        return id;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getActor() {
        return actor;
    }

    String getAction() {
        return action;
    }

    String getEntity() {
        return entity;
    }

    Long getEntityId() {
        return entityId;
    }

    Integer getFiscalYear() {
        return fiscalYear;
    }

    String getBefore() {
        return before;
    }

    String getAfter() {
        return after;
    }
}
