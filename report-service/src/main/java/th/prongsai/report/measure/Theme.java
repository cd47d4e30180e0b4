package th.prongsai.report.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import th.prongsai.report.persistence.TenantEntity;

/** A theme (ประเด็น) grouping some of a fiscal year's measures, with its own order. */
@Entity
@Table(name = "themes")
class Theme extends TenantEntity {

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 500)
    private String title;

    protected Theme() {}

    Theme(int fiscalYear, Instant now) {
        super(now);
        this.fiscalYear = fiscalYear;
    }

    void apply(int number, String title, Instant now) {
        this.number = number;
        this.title = title.strip();
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
}
