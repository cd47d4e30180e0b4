/**
 * Imports NACC's published national results into the real dataset, a whole file or nothing.
 * Uses facts.
 */
@NullMarked
package th.prongsai.analytics.imports;

import org.jspecify.annotations.NullMarked;
