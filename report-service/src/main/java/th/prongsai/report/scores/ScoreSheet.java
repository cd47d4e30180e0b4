package th.prongsai.report.scores;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import th.prongsai.report.persistence.TenantEntity;

/** The ITA indicator scores of one fiscal year (ผลคะแนน ITA) and, where known, the officially published overall and level. */
@Entity
@Table(name = "score_sheets")
class ScoreSheet extends TenantEntity {

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_scores", joinColumns = @JoinColumn(name = "score_sheet_id"))
    @MapKeyColumn(name = "indicator_code")
    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    private Map<String, BigDecimal> indicators = new HashMap<>();

    @Column(name = "published_overall", precision = 5, scale = 2)
    private BigDecimal publishedOverall;

    @Column(name = "published_level", length = 40)
    private String publishedLevel;

    protected ScoreSheet() {}

    ScoreSheet(int fiscalYear, Instant now) {
        super(now);
        this.fiscalYear = fiscalYear;
    }

    void replace(Map<String, BigDecimal> scores, BigDecimal publishedOverall, String publishedLevel, Instant now) {
        indicators.clear();
        indicators.putAll(scores);
        this.publishedOverall = publishedOverall;
        this.publishedLevel = publishedLevel;
        touch(now);
    }

    int getFiscalYear() {
        return fiscalYear;
    }

    Map<String, BigDecimal> getIndicators() {
        return Map.copyOf(indicators);
    }

    BigDecimal getPublishedOverall() {
        return publishedOverall;
    }

    String getPublishedLevel() {
        return publishedLevel;
    }
}
