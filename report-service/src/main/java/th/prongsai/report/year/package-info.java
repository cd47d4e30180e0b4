/**
 * The fiscal years the tenant has data for, newest first, each with its measure counts, scores and report status.
 * Uses measure, scores and publication.
 */
@NullMarked
package th.prongsai.report.year;

import org.jspecify.annotations.NullMarked;
