/**
 * Signing in through the platform's token endpoint, and the security rules of every page (session, CSRF, headers).
 * Uses platform and layout.
 */
@NullMarked
package th.prongsai.web.signin;

import org.jspecify.annotations.NullMarked;
