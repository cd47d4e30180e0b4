/**
 * A municipality's public page, open to anyone: its published reports by fiscal year and version.
 * Uses platform.
 */
@NullMarked
package th.prongsai.web.publicpage;

import org.jspecify.annotations.NullMarked;
