/**
 * Turns report-service's score and measure events into facts, parking those whose tenant is not known yet.
 * Uses facts, tenants (who a tenant is) and stream (to follow the score stream).
 */
@NullMarked
package th.prongsai.analytics.scores;

import org.jspecify.annotations.NullMarked;
