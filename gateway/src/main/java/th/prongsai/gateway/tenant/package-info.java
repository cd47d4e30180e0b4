/**
 * Which tenant a request is for (path or host), the registry of tenants followed from lifecycle events, and the
 * refusal of invalid, unknown, suspended or archived tenants before the token is read. Uses problem and redis.
 */
@NullMarked
package th.prongsai.gateway.tenant;

import org.jspecify.annotations.NullMarked;
