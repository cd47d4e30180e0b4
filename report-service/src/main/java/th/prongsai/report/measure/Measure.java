package th.prongsai.report.measure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.prongsai.report.persistence.TenantEntity;

/** A measure (มาตรการ) of one fiscal year; lives in the tenant's schema. */
@Entity
@Table(name = "measures")
class Measure extends TenantEntity {

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "theme_id")
    private Long themeId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "indicator_codes", nullable = false, columnDefinition = "text[]")
    private List<String> indicatorCodes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "method_steps", nullable = false, columnDefinition = "text[]")
    private List<String> methodSteps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "measure_departments", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "department_id")
    @BatchSize(size = 100)
    private Set<Long> departmentIds = new TreeSet<>();

    /** First day of the month the measure starts (the period is kept to the month). */
    @Column(name = "start_month")
    private LocalDate startMonth;

    @Column(name = "end_month")
    private LocalDate endMonth;

    private String monitoring;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasureStatus status;

    @ElementCollection
    @CollectionTable(name = "measure_progress_notes", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<ProgressNote> progressNotes = new ArrayList<>();

    @Column(name = "output_summary")
    private String outputSummary;

    private String outcome;

    private String recommendation;

    @ElementCollection
    @CollectionTable(name = "measure_evidence_links", joinColumns = @JoinColumn(name = "measure_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<EvidenceLink> evidenceLinks = new ArrayList<>();

    protected Measure() {}

    Measure(int fiscalYear, Instant now) {
        super(now);
        this.fiscalYear = fiscalYear;
    }

    void apply(MeasureRequest request, Instant now) {
        this.number = request.number();
        this.title = request.title().strip();
        this.themeId = request.themeId();
        this.indicatorCodes = new ArrayList<>(request.indicatorCodesOrEmpty());
        this.methodSteps = new ArrayList<>(request.methodStepsOrEmpty());
        this.departmentIds.clear();
        this.departmentIds.addAll(request.departmentIdsOrEmpty());
        this.startMonth =
                request.startMonth() == null ? null : request.startMonth().atDay(1);
        this.endMonth = request.endMonth() == null ? null : request.endMonth().atDay(1);
        this.monitoring = request.monitoring();
        this.status = request.status();
        this.progressNotes.clear();
        this.progressNotes.addAll(request.progressNotesOrEmpty());
        this.outputSummary = request.outputSummary();
        this.outcome = request.outcome();
        this.recommendation = request.recommendation();
        this.evidenceLinks.clear();
        this.evidenceLinks.addAll(request.evidenceLinksOrEmpty());
        touch(now);
    }

    void renumber(int newNumber, Instant now) {
        this.number = newNumber;
        touch(now);
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public Long getThemeId() {
        return themeId;
    }

    public List<String> getIndicatorCodes() {
        return List.copyOf(indicatorCodes);
    }

    public List<String> getMethodSteps() {
        return List.copyOf(methodSteps);
    }

    public Set<Long> getDepartmentIds() {
        return Set.copyOf(departmentIds);
    }

    public YearMonth getStartMonth() {
        return startMonth == null ? null : YearMonth.from(startMonth);
    }

    public YearMonth getEndMonth() {
        return endMonth == null ? null : YearMonth.from(endMonth);
    }

    public String getMonitoring() {
        return monitoring;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public List<ProgressNote> getProgressNotes() {
        return List.copyOf(progressNotes);
    }

    public String getOutputSummary() {
        return outputSummary;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public List<EvidenceLink> getEvidenceLinks() {
        return List.copyOf(evidenceLinks);
    }
}
