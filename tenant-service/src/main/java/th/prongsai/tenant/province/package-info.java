/**
 * Provinces: the 77 with their official two-digit codes, as reference data and {@code GET /api/provinces}.
 * Uses no other module.
 */
@NullMarked
package th.prongsai.tenant.province;

import org.jspecify.annotations.NullMarked;
