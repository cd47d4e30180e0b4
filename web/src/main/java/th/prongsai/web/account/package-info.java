/**
 * The signed-in user's own account: changing their password (the platform checks the current one).
 * Uses platform and layout.
 */
@NullMarked
package th.prongsai.web.account;

import org.jspecify.annotations.NullMarked;
