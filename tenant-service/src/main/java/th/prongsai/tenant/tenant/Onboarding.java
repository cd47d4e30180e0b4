package th.prongsai.tenant.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.TenantCode;

/**
 * Onboarding as three separate commits: the PROVISIONING row (so a crash leaves a visible, retryable entry),
 * report-service's idempotent schema provisioning (outside any transaction: no connection held during a remote
 * call), then ACTIVE with its event, or FAILED with the reason. ACTIVE is answered only once the Redis registry
 * hash holds it ({@link RegistryPublication}), so the tenant's first request through any gateway finds it.
 */
@Service
public class Onboarding {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final TenantRegistry registry;
    private final ReportServiceClient reportService;
    private final RegistryPublication publication;

    Onboarding(TenantRegistry registry, ReportServiceClient reportService, RegistryPublication publication) {
        this.registry = registry;
        this.reportService = reportService;
        this.publication = publication;
    }

    public TenantView onboard(Caller caller, NewTenant request) {
        TenantView created = registry.createProvisioning(caller, request);
        return provision(caller, request.code(), created);
    }

    /** Retries provisioning of a PROVISIONING or FAILED tenant; an ACTIVE one is returned as it is. */
    public TenantView retry(Caller caller, TenantCode code) {
        TenantView current = registry.view(code);
        return switch (current.status()) {
            case ACTIVE -> {
                publication.awaitPublished(current);
                yield current;
            }
            case PROVISIONING, FAILED -> provision(caller, code, current);
            case SUSPENDED, ARCHIVED ->
                throw new ApiProblem(
                                HttpStatus.CONFLICT,
                                "invalid-transition",
                                "Invalid lifecycle transition",
                                "หน่วยงาน " + code + " อยู่ในสถานะ " + current.status() + " จึงจัดเตรียมใหม่ไม่ได้")
                        .withProperty("tenantStatus", current.status().name());
        };
    }

    private TenantView provision(Caller caller, TenantCode code, TenantView tenant) {
        try {
            ReportServiceClient.SchemaReady ready =
                    reportService.provisionSchema(code, tenant.province(), tenant.nameTh(), tenant.website());
            TenantView active = registry.markActive(caller.username(), code, ready.schema());
            publication.awaitPublished(active);
            return active;
        } catch (ReportServiceClient.ProvisioningFailed e) {
            log.warn("Provisioning of tenant {} failed: {}", code, e.getMessage());
            // published before the answer too, so a retry's ONBOARDED can never overtake it on the stream
            publication.awaitPublished(registry.markFailed(caller.username(), code, e.getMessage()));
            HttpStatus status = e.unreachable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY;
            throw new ApiProblem(
                            status,
                            "provisioning-failed",
                            "Provisioning failed",
                            "จัดเตรียมฐานข้อมูลของหน่วยงาน " + code + " ไม่สำเร็จ (" + e.getMessage()
                                    + ") ลองใหม่ได้ที่ POST /api/tenants/" + code + "/provision")
                    .withProperty("tenant", code.value())
                    .withProperty("tenantStatus", TenantStatus.FAILED.name())
                    .withProperty("reason", e.getMessage());
        }
    }
}
