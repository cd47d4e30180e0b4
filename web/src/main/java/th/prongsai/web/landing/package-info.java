/**
 * Where each user starts after signing in, the list of municipalities and a municipality's fiscal years.
 * Uses platform and layout.
 */
@NullMarked
package th.prongsai.web.landing;

import org.jspecify.annotations.NullMarked;
