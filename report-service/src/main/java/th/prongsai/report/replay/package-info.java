/**
 * The analytics backfill: every ready tenant's scores and measure coverage published again (API or a --flag).
 * Uses schema, scores and measure (which write through feed).
 */
@NullMarked
package th.prongsai.report.replay;

import org.jspecify.annotations.NullMarked;
