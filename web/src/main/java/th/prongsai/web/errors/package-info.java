/**
 * What a person sees when the platform or the page itself refuses, or fails: Thai error pages (PageRefused is the
 * page's own 403 or 404); an expired sign-in goes to sign in.
 * Uses platform and layout.
 */
@NullMarked
package th.prongsai.web.errors;

import org.jspecify.annotations.NullMarked;
