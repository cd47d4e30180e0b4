/**
 * A municipality's admin pages: users, report settings and templates, the audit log, publishing a report.
 * Uses platform, layout, errors, and approvals for where each report stands.
 */
@NullMarked
package th.prongsai.web.admin;

import org.jspecify.annotations.NullMarked;
