/**
 * Whole fiscal years exported, imported and copied into a new year; measures as CSV, and the one CSV writer.
 * Uses measure, scores, department, framework and audit.
 */
@NullMarked
package th.prongsai.report.exchange;

import org.jspecify.annotations.NullMarked;
