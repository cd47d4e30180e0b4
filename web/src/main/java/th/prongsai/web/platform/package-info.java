/**
 * The platform's APIs through the gateway as the signed-in user: GatewayClient, SignedInUser, problems, timing.
 * The lowest module: uses no other.
 */
@NullMarked
package th.prongsai.web.platform;

import org.jspecify.annotations.NullMarked;
