/**
 * Who may call what: open paths, the JWT resource server and the coarse tenant and role rules the services
 * refine. Uses problem and tenant.
 */
@NullMarked
package th.prongsai.gateway.security;

import org.jspecify.annotations.NullMarked;
