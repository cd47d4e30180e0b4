package th.prongsai.report.measure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
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
public class Measure extends TenantEntity {

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 500)
    private String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "indicator_codes", nullable = false, columnDefinition = "text[]")
    private List<String> indicatorCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "measure_departments", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "department_id")
    @BatchSize(size = 100)
    private Set<Long> departmentIds = new TreeSet<>();

    @Column(name = "start_month")
    private Integer startMonth;

    @Column(name = "end_month")
    private Integer endMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeasureStatus status;

    @Column(name = "output_summary")
    private String outputSummary;

    private String outcome;

    protected Measure() {
    }

    Measure(int fiscalYear, Instant now) {
        super(now);
        this.fiscalYear = fiscalYear;
    }

    void apply(MeasureRequest request, Instant now) {
        this.number = request.number();
        this.title = request.title().strip();
        this.indicatorCodes = new ArrayList<>(request.indicatorCodesOrEmpty());
        this.departmentIds.clear();
        this.departmentIds.addAll(request.departmentIdsOrEmpty());
        this.startMonth = request.startMonth();
        this.endMonth = request.endMonth();
        this.status = request.status();
        this.outputSummary = request.outputSummary();
        this.outcome = request.outcome();
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

    public List<String> getIndicatorCodes() {
        return List.copyOf(indicatorCodes);
    }

    public Set<Long> getDepartmentIds() {
        return Set.copyOf(departmentIds);
    }

    public Integer getStartMonth() {
        return startMonth;
    }

    public Integer getEndMonth() {
        return endMonth;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public String getOutputSummary() {
        return outputSummary;
    }

    public String getOutcome() {
        return outcome;
    }
}
