/**
 * What analytics-service learns from report-service, written to the outbox in the transaction of the change.
 * Uses no other module: measure, scores and framework call it.
 */
@NullMarked
package th.prongsai.report.feed;

import org.jspecify.annotations.NullMarked;
