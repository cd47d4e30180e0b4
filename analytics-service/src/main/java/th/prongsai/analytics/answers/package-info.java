/**
 * The questions analytics answers over the facts (benchmarks, rankings, scorecards, province summaries, measure
 * effects, data quality), and who may see which rows. Uses facts.
 */
@NullMarked
package th.prongsai.analytics.answers;

import org.jspecify.annotations.NullMarked;
