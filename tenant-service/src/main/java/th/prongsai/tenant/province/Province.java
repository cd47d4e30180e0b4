package th.prongsai.tenant.province;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of Thailand's 77 provinces, identified by its official 2-digit code (reference data from Liquibase). */
@Entity
@Table(name = "provinces")
public class Province {

    @Id
    private String code;

    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private String slug;

    protected Province() {}

    public String getCode() {
        return code;
    }

    public String getNameTh() {
        return nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSlug() {
        return slug;
    }
}
