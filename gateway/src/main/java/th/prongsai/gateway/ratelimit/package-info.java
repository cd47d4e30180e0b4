/**
 * Token buckets in Redis: per tenant on tenant routes, per caller or client address on platform routes.
 * Uses problem, redis and tenant.
 */
@NullMarked
package th.prongsai.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
