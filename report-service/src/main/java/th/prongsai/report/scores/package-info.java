/**
 * The tenant's ITA score sheets per fiscal year, their check against the framework, the analysis, and their API.
 * Uses framework, measure, feed, audit and persistence.
 */
@NullMarked
package th.prongsai.report.scores;

import org.jspecify.annotations.NullMarked;
