/**
 * The approvers' inbox and decision page, and where each report stands (ReportWorkflows, which admin reads too).
 * Uses platform and layout.
 */
@NullMarked
package th.prongsai.web.approvals;

import org.jspecify.annotations.NullMarked;
