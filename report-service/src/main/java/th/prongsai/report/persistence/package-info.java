/**
 * The mapped superclass of every tenant-schema entity.
 * Uses no other module.
 */
@NullMarked
package th.prongsai.report.persistence;

import org.jspecify.annotations.NullMarked;
