/**
 * The report's approval chain, its submit/approve/reject workflow, and the published reports anyone may read.
 * Uses document, measure, audit and persistence.
 */
@NullMarked
package th.prongsai.report.publication;

import org.jspecify.annotations.NullMarked;
