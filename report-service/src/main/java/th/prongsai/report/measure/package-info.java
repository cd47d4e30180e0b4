/**
 * Measures (มาตรการ) and themes of the tenant's fiscal years, their attachments, and their API.
 * Uses framework, department, feed, audit and persistence.
 */
@NullMarked
package th.prongsai.report.measure;

import org.jspecify.annotations.NullMarked;
