/**
 * The request path's Redis client: fail fast while disconnected, and back onto the request's event loop after
 * an answer. Uses no other module.
 */
@NullMarked
package th.prongsai.gateway.redis;

import org.jspecify.annotations.NullMarked;
