package th.prongsai.gateway.forward;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import th.prongsai.gateway.tenant.TenantInfo;
import th.prongsai.gateway.tenant.TenantResolutionFilter;
import th.prongsai.tenancy.guard.GatewayProof;

/**
 * Signs every forwarded tenant request with the {@link GatewayProof} of its resolved tenant and the caller's
 * token, which the services' tenant guard checks; any proof a client sent is dropped on every route.
 */
@Component
class GatewayProofFilter implements GlobalFilter, Ordered {

    private final GatewayProof proof;

    GatewayProofFilter(@Value("${" + GatewayProof.SECRET_PROPERTY + ":}") String secret) {
        // no built-in secret: the gateway does not start without the one the services share
        this.proof = GatewayProof.withSecret(secret);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        TenantInfo tenant = exchange.getAttribute(TenantResolutionFilter.TENANT_ATTRIBUTE);
        HttpHeaders sent = exchange.getRequest().getHeaders();
        String token = tenant == null ? null : GatewayProof.bearerToken(sent.getFirst(HttpHeaders.AUTHORIZATION));
        if (token == null && !sent.containsHeader(GatewayProof.HEADER)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> {
                    headers.remove(GatewayProof.HEADER);
                    if (token != null) {
                        headers.set(GatewayProof.HEADER, proof.of(tenant.code().value(), token));
                    }
                }))
                .build());
    }
}
