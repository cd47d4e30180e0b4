/**
 * Generates the synthetic national dataset for benchmarks and demos, the same for the same seed.
 * Uses facts.
 */
@NullMarked
package th.prongsai.analytics.synthetic;

import org.jspecify.annotations.NullMarked;
