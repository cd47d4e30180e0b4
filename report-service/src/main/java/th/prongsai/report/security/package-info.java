/**
 * Who may call which path: bearer JWTs from tenant-service, service-only /internal, per-tenant /t/{code}.
 * Uses no other module.
 */
@NullMarked
package th.prongsai.report.security;

import org.jspecify.annotations.NullMarked;
