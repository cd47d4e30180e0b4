/**
 * A fiscal year's ITA scores as the NACC announced them, entered and compared with the computed ones.
 * Uses platform and layout.
 */
@NullMarked
package th.prongsai.web.scores;

import org.jspecify.annotations.NullMarked;
