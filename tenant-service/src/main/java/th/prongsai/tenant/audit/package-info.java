/**
 * The audit trail: every admin action recorded in the transaction of the action, and {@code GET /api/audit}.
 * Uses no other module.
 */
@NullMarked
package th.prongsai.tenant.audit;

import org.jspecify.annotations.NullMarked;
