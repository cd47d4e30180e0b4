/**
 * Score facts of every agency (real and synthetic datasets), the frameworks and reference data they are computed with.
 * Uses no other module; every other module builds on it.
 */
@NullMarked
package th.prongsai.analytics.facts;

import org.jspecify.annotations.NullMarked;
