/**
 * OIT readiness of every municipality per fiscal year, from report-service's {@code OitReadinessChanged} events: the
 * province's list, the national summary per province, and readiness against the year's OIT score (an association).
 * Uses stream (to follow the OIT stream), tenants (who is in a province), facts (provinces, the score facts' OIT
 * mean) and answers (who may see what, parameters, the answer cache).
 */
@NullMarked
package th.prongsai.analytics.oit;

import org.jspecify.annotations.NullMarked;
