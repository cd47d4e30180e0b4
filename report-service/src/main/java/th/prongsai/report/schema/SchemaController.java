package th.prongsai.report.schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.TenantRefusal;

/** Internal operations on tenant schemas; role SERVICE only (see the security configuration). */
@RestController
@RequestMapping("/internal")
class SchemaController {

    /** Body of the provisioning call from tenant-service. */
    record ProvisionRequest(
            @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code")
            String province,

            @NotBlank @Size(max = 200) String nameTh,

            // The registry's main website (tenant-service checked it); the OIT link checker compares URLs with it.
            @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address") @Nullable
            String website) {}

    /** Body of tenant-service's lifecycle call: the registry status and when it changed. */
    record StatusRequest(
            @NotNull @Pattern(regexp = "ACTIVE|SUSPENDED|ARCHIVED", message = "must be ACTIVE, SUSPENDED or ARCHIVED")
            String status,

            @NotNull Instant asOf) {}

    /** What the guard now enforces for the tenant. */
    record StatusApplied(String code, String status) {}

    private final SchemaProvisioner provisioner;
    private final SchemaUpgrader upgrader;
    private final TenantSchemas schemas;

    SchemaController(SchemaProvisioner provisioner, SchemaUpgrader upgrader, TenantSchemas schemas) {
        this.provisioner = provisioner;
        this.upgrader = upgrader;
        this.schemas = schemas;
    }

    @PutMapping("/tenants/{code}/schema")
    SchemaProvisioner.Provisioned provision(@PathVariable String code, @Valid @RequestBody ProvisionRequest request) {
        TenantCode tenant = TenantCode.parse(code)
                .orElseThrow(() -> ApiProblem.invalid("code", "must match ^[a-z][a-z0-9-]{1,39}$"));
        return provisioner.provision(tenant, request.province(), request.nameTh(), request.website());
    }

    /**
     * Sets the guard's status before tenant-service answers a suspension or activation, so no write of a suspended
     * tenant is accepted after that answer. Idempotent and ordered by {@code asOf}; 404 when there is no schema.
     */
    @PutMapping("/tenants/{code}/status")
    StatusApplied status(@PathVariable String code, @Valid @RequestBody StatusRequest request) {
        TenantCode tenant = TenantCode.parse(code)
                .orElseThrow(() -> ApiProblem.invalid("code", "must match ^[a-z][a-z0-9-]{1,39}$"));
        if (!schemas.applyLifecycle(tenant, !"ACTIVE".equals(request.status()), request.asOf())) {
            throw TenantRefusal.UNKNOWN_TENANT.problem(tenant);
        }
        return new StatusApplied(
                tenant.value(), schemas.find(tenant).orElseThrow().status());
    }

    /** 200 when every schema is current, 207 when some failed (listed, and recorded per tenant). */
    @PostMapping("/tenant-schemas/upgrade")
    ResponseEntity<SchemaUpgrader.UpgradeReport> upgrade() {
        SchemaUpgrader.UpgradeReport report = upgrader.upgradeAll();
        return ResponseEntity.status(SchemaUpgrader.statusOf(report)).body(report);
    }
}
