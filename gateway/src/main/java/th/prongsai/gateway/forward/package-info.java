/**
 * What the gateway adds to or checks on a forwarded request (client address, gateway proof, body size, no
 * internal paths) and its answer when forwarding fails. Uses problem and tenant.
 */
@NullMarked
package th.prongsai.gateway.forward;

import org.jspecify.annotations.NullMarked;
