/**
 * A municipality's fiscal-year home: last year's scores against the pass mark, the measures by status, the next step.
 * Uses platform.
 */
@NullMarked
package th.prongsai.web.home;

import org.jspecify.annotations.NullMarked;
