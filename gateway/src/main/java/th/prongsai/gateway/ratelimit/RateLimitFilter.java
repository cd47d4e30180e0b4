package th.prongsai.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import th.prongsai.gateway.problem.Problems;
import th.prongsai.gateway.redis.RequestEventLoop;
import th.prongsai.gateway.tenant.TenantInfo;
import th.prongsai.gateway.tenant.TenantResolutionFilter;

/**
 * Per-tenant token bucket on tenant routes (all callers of a municipality share it); per caller, else per
 * client address, on platform routes. Runs after Spring Security (-100) so the caller is known.
 */
@Component
class RateLimitFilter implements WebFilter, Ordered {

    public static final String REMAINING = "X-RateLimit-Remaining";
    public static final String REPLENISH_RATE = "X-RateLimit-Replenish-Rate";
    public static final String BURST_CAPACITY = "X-RateLimit-Burst-Capacity";

    private final TokenBucket bucket;
    private final RateLimitProperties properties;

    public RateLimitFilter(TokenBucket bucket, RateLimitProperties properties) {
        this.bucket = bucket;
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return -50;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!properties.enabled() || exchange.getRequest().getPath().value().startsWith("/actuator/")) {
            return chain.filter(exchange);
        }
        TenantInfo tenant = exchange.getAttribute(TenantResolutionFilter.TENANT_ATTRIBUTE);
        if (tenant != null) {
            String code = tenant.code().value();
            return limit(exchange, chain, "t:" + code, properties.forTenant(code));
        }
        return exchange.getPrincipal()
                .map(Principal::getName)
                .map(name -> "u:" + name)
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + clientAddress(exchange)))
                .flatMap(key -> limit(exchange, chain, key, properties.caller()));
    }

    private Mono<Void> limit(
            ServerWebExchange exchange, WebFilterChain chain, String key, RateLimitProperties.Limit limit) {
        return RequestEventLoop.resumeOn(exchange, bucket.take(key, limit)).flatMap(result -> {
            if (!result.degraded()) {
                HttpHeaders headers = exchange.getResponse().getHeaders();
                headers.set(REMAINING, Long.toString(result.remaining()));
                headers.set(REPLENISH_RATE, Integer.toString(limit.replenishRate()));
                headers.set(BURST_CAPACITY, Integer.toString(limit.burstCapacity()));
            }
            if (result.allowed()) {
                return chain.filter(exchange);
            }
            long retryAfter = Math.max(1, (long) Math.ceil((1.0 - result.remaining()) / limit.replenishRate()));
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            return Problems.write(
                    exchange,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too Many Requests",
                    "มีคำขอมากเกินกำหนด กรุณาลองใหม่ในอีก " + retryAfter + " วินาที");
        });
    }

    private static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }
}
