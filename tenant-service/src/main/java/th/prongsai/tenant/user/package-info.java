/**
 * User accounts: their password hashes, who may manage whom under {@code /api/users}, and the bootstrap and demo
 * accounts. Uses tenant, province, audit and throttle (wrong current passwords count as failed logins).
 */
@NullMarked
package th.prongsai.tenant.user;

import org.jspecify.annotations.NullMarked;
