/**
 * What analytics knows of each tenant (name, type, province, status), learnt from tenant-service's lifecycle events.
 * Uses stream (to follow the tenant stream).
 */
@NullMarked
package th.prongsai.analytics.tenants;

import org.jspecify.annotations.NullMarked;
