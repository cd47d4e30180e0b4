/**
 * The tenant registry: onboarding, the lifecycle (suspend, activate, archive), the outbox events and report-service's
 * schema provisioning. Uses province, audit and tokens (the service token for report-service).
 */
@NullMarked
package th.prongsai.tenant.tenant;

import org.jspecify.annotations.NullMarked;
