package th.prongsai.report.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import th.prongsai.report.persistence.TenantEntity;

/** A department (กอง/สำนัก) of one municipality; lives in the tenant's schema. */
@Entity
@Table(name = "departments")
class Department extends TenantEntity {

    @Column(nullable = false, length = 200)
    private String name;

    protected Department() {}

    Department(String name, Instant now) {
        super(now);
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
