/**
 * The yearly ITA frameworks for national administrators: each year as tables, and the form that starts or edits one.
 * Uses platform and layout.
 */
@NullMarked
package th.prongsai.web.frameworks;

import org.jspecify.annotations.NullMarked;
