package th.prongsai.report.oit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import th.prongsai.report.persistence.TenantEntity;

/** The municipality's answer to one OIT item of a fiscal year; the item itself is framework data. */
@Entity
@Table(name = "oit_answers")
class OitAnswer extends TenantEntity {

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "item_code", nullable = false, updatable = false, length = 20)
    private String itemCode;

    @Column(name = "has_data", nullable = false)
    private boolean hasData;

    @ElementCollection
    @CollectionTable(name = "oit_answer_urls", joinColumns = @JoinColumn(name = "answer_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", nullable = false, length = 2000)
    @BatchSize(size = 100)
    private List<String> urls = new ArrayList<>();

    @Column(length = 2000)
    private @Nullable String explanation;

    @Column(name = "department_id")
    private @Nullable Long departmentId;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(name = "filled_by_report", nullable = false)
    private boolean filledByReport;

    protected OitAnswer() {}

    OitAnswer(int fiscalYear, String itemCode, Instant now) {
        super(now);
        this.fiscalYear = fiscalYear;
        this.itemCode = itemCode;
    }

    void apply(OitAnswerRequest request, Instant now) {
        this.hasData = request.hasData();
        this.urls.clear();
        this.urls.addAll(request.urlsOrEmpty());
        this.explanation = blankToNull(request.explanation());
        this.departmentId = request.departmentId();
        this.dueDate = request.dueDate();
        // The officer's own edit: the URLs are theirs now, even if the report's link is among them.
        this.filledByReport = false;
        touch(now);
    }

    /** The published report answers this item: its URL first, the officer's other URLs after it. */
    void fillFromReport(String reportUrl, String reportPrefix, String explanationIfNone, Instant now) {
        List<String> kept =
                urls.stream().filter(url -> !url.startsWith(reportPrefix)).toList();
        this.hasData = true;
        this.urls.clear();
        this.urls.add(reportUrl);
        kept.stream().limit(OitAnswerRequest.MAX_URLS - 1).forEach(this.urls::add);
        if (explanation == null) {
            this.explanation = explanationIfNone;
        }
        this.filledByReport = true;
        touch(now);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    int getFiscalYear() {
        return fiscalYear;
    }

    String getItemCode() {
        return itemCode;
    }

    boolean hasData() {
        return hasData;
    }

    List<String> getUrls() {
        return List.copyOf(urls);
    }

    @Nullable
    String getExplanation() {
        return explanation;
    }

    @Nullable
    Long getDepartmentId() {
        return departmentId;
    }

    @Nullable
    LocalDate getDueDate() {
        return dueDate;
    }

    boolean isFilledByReport() {
        return filledByReport;
    }
}
