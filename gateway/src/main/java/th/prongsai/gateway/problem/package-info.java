/**
 * Problem JSON (RFC 9457) for every answer the gateway makes itself, including requests Netty or the firewall
 * cannot decode. Uses no other module.
 */
@NullMarked
package th.prongsai.gateway.problem;

import org.jspecify.annotations.NullMarked;
