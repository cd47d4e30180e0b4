/**
 * The tenant's departments (กอง/สำนัก) that carry out measures, and their API.
 * Uses audit and persistence.
 */
@NullMarked
package th.prongsai.report.department;

import org.jspecify.annotations.NullMarked;
