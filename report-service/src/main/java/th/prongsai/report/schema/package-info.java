/**
 * The tenant schemas: provisioning, the tenant changelog and its upgrades, tenant status from tenant-service.
 * Uses no other module.
 */
@NullMarked
package th.prongsai.report.schema;

import org.jspecify.annotations.NullMarked;
