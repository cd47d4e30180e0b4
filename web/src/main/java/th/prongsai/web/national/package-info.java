/**
 * The national console: the registry of local governments, onboarding, national users; dashboard is internal.
 * Uses platform, layout and format.
 */
@NullMarked
package th.prongsai.web.national;

import org.jspecify.annotations.NullMarked;
