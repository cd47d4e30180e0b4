/**
 * The national dashboard's charts and downloads and the national results import: internal to national.
 * Uses platform, layout and format.
 */
@NullMarked
package th.prongsai.web.national.dashboard;

import org.jspecify.annotations.NullMarked;
