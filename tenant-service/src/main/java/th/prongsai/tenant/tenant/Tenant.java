package th.prongsai.tenant.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A municipality's registry entry. Never deleted: archiving is the end of its life. */
@Entity
@Table(name = "tenants")
public class Tenant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantType type;

    @Column(nullable = false)
    private String province;

    private String district;

    @Column(name = "dla_code")
    private String dlaCode;

    private String website;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "placement_database", nullable = false)
    private String placementDatabase;

    @Column(name = "placement_schema", nullable = false)
    private String placementSchema;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Tenant() {}

    Tenant(
            String code,
            String nameTh,
            String nameEn,
            TenantType type,
            String province,
            String district,
            String dlaCode,
            String website,
            String placementDatabase,
            String placementSchema) {
        this.code = code;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.type = type;
        this.province = province;
        this.district = district;
        this.dlaCode = dlaCode;
        this.website = website;
        this.placementDatabase = placementDatabase;
        this.placementSchema = placementSchema;
        this.status = TenantStatus.PROVISIONING;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    void changeStatus(TenantStatus status, String failureReason) {
        this.status = status;
        this.failureReason = failureReason;
        this.updatedAt = now();
    }

    /** What PostgreSQL stores, so the time in an answer, an event and a later read of the row is one value. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    void placeIn(String schema) {
        this.placementSchema = schema;
    }

    public String getCode() {
        return code;
    }

    public String getNameTh() {
        return nameTh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public TenantType getType() {
        return type;
    }

    public String getProvince() {
        return province;
    }

    public String getDistrict() {
        return district;
    }

    public String getDlaCode() {
        return dlaCode;
    }

    public String getWebsite() {
        return website;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public String getPlacementDatabase() {
        return placementDatabase;
    }

    public String getPlacementSchema() {
        return placementSchema;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
