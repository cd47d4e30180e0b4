package th.prongsai.gateway.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import th.prongsai.gateway.tenant.TenantInfo;
import th.prongsai.gateway.tenant.TenantResolutionFilter;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.TenantAccess;
import th.prongsai.tenancy.TenantRefusal;

/**
 * {@code /t/{code}/**}: the platform rule {@link TenantAccess#decide}, with the tenant's province from the
 * gateway's registry cache and the intent from the HTTP method.
 */
final class TenantAuthorizationManager implements ReactiveAuthorizationManager<AuthorizationContext> {

    /** Exchange attribute carrying the refusal's detail ({@link TenantRefusal#ACCESS_REFUSED}) to the 403 problem. */
    static final String REFUSAL_ATTRIBUTE = TenantAuthorizationManager.class.getName() + ".refusal";

    private static final AuthorizationDecision DENY = new AuthorizationDecision(false);
    private static final AuthorizationDecision ALLOW = new AuthorizationDecision(true);

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        ServerWebExchange exchange = context.getExchange();
        TenantInfo tenant = exchange.getAttribute(TenantResolutionFilter.TENANT_ATTRIBUTE);
        if (tenant == null) {
            return Mono.just(DENY);
        }
        return authentication
                .filter(Authentication::isAuthenticated)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> {
                    var token = ((JwtAuthenticationToken) auth).getToken();
                    var caller = Caller.fromClaims(token.getSubject(), token.getClaims());
                    var decision = TenantAccess.decide(
                            caller,
                            tenant.code(),
                            tenant.province(),
                            TenantAccess.intentOf(
                                    exchange.getRequest().getMethod().name()));
                    if (decision instanceof TenantAccess.Decision.Refused(String reason)) {
                        exchange.getAttributes()
                                .put(REFUSAL_ATTRIBUTE, TenantRefusal.ACCESS_REFUSED.detail(tenant.code(), reason));
                        return (AuthorizationResult) DENY;
                    }
                    return ALLOW;
                })
                .defaultIfEmpty(DENY);
    }
}
