/**
 * The year's measure report: preview, downloads, checks, where it stands in the approval chain, and submitting it.
 * Uses platform.
 */
@NullMarked
package th.prongsai.web.report;

import org.jspecify.annotations.NullMarked;
