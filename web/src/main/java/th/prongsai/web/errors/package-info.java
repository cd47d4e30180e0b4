/**
 * What a person sees when the platform refuses or fails: Thai error pages; an expired sign-in goes to sign in.
 * Uses platform and layout.
 */
@NullMarked
package th.prongsai.web.errors;

import org.jspecify.annotations.NullMarked;
