/**
 * Login throttling: slows password guessing per account and client address, and reads that address from the
 * gateway's header only when a trusted proxy sent it. Uses no other module.
 */
@NullMarked
package th.prongsai.tenant.throttle;

import org.jspecify.annotations.NullMarked;
