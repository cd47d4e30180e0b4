/**
 * Bulk onboarding: a registry CSV previewed, then onboarded row by row as a job that survives restarts.
 * Uses tenant (each row goes through its onboarding) and province.
 */
@NullMarked
package th.prongsai.tenant.bulk;

import org.jspecify.annotations.NullMarked;
