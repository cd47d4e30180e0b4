package th.prongsai.tenant.tenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.TenantCode;

/**
 * Suspend, activate and archive with read-your-writes: the registry change commits (with its outbox event),
 * report-service's guard is told synchronously, and the Redis registry hash holds the new state, all before the
 * answer; the event stream stays the path by which every other copy catches up.
 */
@Service
class LifecycleChanges {

    private static final Logger log = LoggerFactory.getLogger(LifecycleChanges.class);

    private final TenantRegistry registry;
    private final ReportServiceClient reportService;
    private final RegistryPublication publication;

    LifecycleChanges(TenantRegistry registry, ReportServiceClient reportService, RegistryPublication publication) {
        this.registry = registry;
        this.reportService = reportService;
        this.publication = publication;
    }

    TenantView apply(Caller caller, TenantCode code, TenantRegistry.Transition transition) {
        TenantView after = registry.transition(caller, code, transition);
        try {
            reportService.applyStatus(code, after.status(), after.updatedAt());
        } catch (ReportServiceClient.ProvisioningFailed e) {
            // its follower applies the same state from the registry hash or stream once it can
            log.warn("report-service was not told that tenant {} is {}: {}", code, after.status(), e.getMessage());
        }
        publication.awaitPublished(after);
        return after;
    }
}
