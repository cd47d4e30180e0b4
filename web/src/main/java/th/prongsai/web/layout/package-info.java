/**
 * What every page shares: the page model, language, the years offered, form errors, safe return paths, file downloads.
 * Uses platform and format.
 */
@NullMarked
package th.prongsai.web.layout;

import org.jspecify.annotations.NullMarked;
