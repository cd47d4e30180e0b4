/**
 * A year's measures, their themes, the municipality's departments and each measure's evidence files.
 * Uses platform, layout and errors.
 */
@NullMarked
package th.prongsai.web.measures;

import org.jspecify.annotations.NullMarked;
