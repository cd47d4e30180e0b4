/**
 * Login ({@code POST /api/auth/token}) and the service's security rules: who may call which endpoint.
 * Uses user, tokens, throttle and audit.
 */
@NullMarked
package th.prongsai.tenant.auth;

import org.jspecify.annotations.NullMarked;
