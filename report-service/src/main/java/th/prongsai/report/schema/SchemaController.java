package th.prongsai.report.schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.tenancy.web.ApiProblem;
import th.prongsai.tenancy.TenantCode;

/** Internal operations on tenant schemas; role SERVICE only (see the security configuration). */
@RestController
@RequestMapping("/internal")
class SchemaController {

    /** Body of the provisioning call from tenant-service. */
    record ProvisionRequest(
            @NotBlank @Pattern(regexp = "\\d{2}", message = "must be a 2-digit province code") String province,
            @NotBlank @Size(max = 200) String nameTh) {
    }

    private final SchemaProvisioner provisioner;
    private final SchemaUpgrader upgrader;

    SchemaController(SchemaProvisioner provisioner, SchemaUpgrader upgrader) {
        this.provisioner = provisioner;
        this.upgrader = upgrader;
    }

    @PutMapping("/tenants/{code}/schema")
    SchemaProvisioner.Provisioned provision(@PathVariable String code, @Valid @RequestBody ProvisionRequest request) {
        TenantCode tenant = TenantCode.parse(code).orElseThrow(
                () -> ApiProblem.invalid("code", "must match ^[a-z][a-z0-9-]{1,39}$"));
        return provisioner.provision(tenant, request.province(), request.nameTh());
    }

    /** 200 when every schema is current, 207 when some failed (listed, and recorded per tenant). */
    @PostMapping("/tenant-schemas/upgrade")
    ResponseEntity<SchemaUpgrader.UpgradeReport> upgrade() {
        SchemaUpgrader.UpgradeReport report = upgrader.upgradeAll();
        return ResponseEntity.status(SchemaUpgrader.statusOf(report)).body(report);
    }
}
