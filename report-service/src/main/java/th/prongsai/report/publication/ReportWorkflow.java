package th.prongsai.report.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.prongsai.report.document.ApprovalStep;
import th.prongsai.report.persistence.TenantEntity;

/** Where a fiscal year's report stands: drafted, submitted and climbing the approval chain, approved, published. */
@Entity
@Table(name = "report_workflows")
class ReportWorkflow extends TenantEntity {

    enum Status {
        DRAFT,
        SUBMITTED,
        APPROVED,
        REJECTED,
        PUBLISHED
    }

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false, length = 40)
    private String template;

    @Column(nullable = false, length = 10)
    private String digits;

    /** How many approvers of the chain have approved in this round. */
    @Column(nullable = false)
    private int step;

    /** SHA-256 of the report's data when it was submitted: a later edit makes it a new draft. */
    @Column(name = "data_hash", length = 64)
    private String dataHash;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    /** The chain as it was at the last submission: a later change of the settings applies to the next one. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "approval_chain", nullable = false, columnDefinition = "text[]")
    private List<String> approvalChain = new ArrayList<>();

    protected ReportWorkflow() {}

    ReportWorkflow(int fiscalYear, Instant now) {
        super(now);
        this.fiscalYear = fiscalYear;
        this.status = Status.DRAFT;
        this.template = "";
        this.digits = "";
    }

    void submit(String template, String digits, String dataHash, String by, List<ApprovalStep> chain, Instant now) {
        this.status = Status.SUBMITTED;
        this.approvalChain = new ArrayList<>(chain.stream().map(Enum::name).toList());
        this.template = template;
        this.digits = digits;
        this.dataHash = dataHash;
        this.submittedBy = by;
        this.step = 0;
        touch(now);
    }

    void approved(Instant now) {
        step++;
        status = step >= approvalChain.size() ? Status.APPROVED : Status.SUBMITTED;
        touch(now);
    }

    void rejected(Instant now) {
        status = Status.REJECTED;
        touch(now);
    }

    void published(Instant now) {
        status = Status.PUBLISHED;
        touch(now);
    }

    int getFiscalYear() {
        return fiscalYear;
    }

    Status getStatus() {
        return status;
    }

    String getTemplate() {
        return template;
    }

    String getDigits() {
        return digits;
    }

    int getStep() {
        return step;
    }

    String getDataHash() {
        return dataHash;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    List<ApprovalStep> getApprovalChain() {
        return approvalChain.stream().map(ApprovalStep::valueOf).toList();
    }
}
