package th.prongsai.gateway.tenant;

import io.micrometer.common.KeyValue;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import th.prongsai.gateway.problem.Problems;
import th.prongsai.gateway.redis.RequestEventLoop;
import th.prongsai.tenancy.PlatformClaims;
import th.prongsai.tenancy.TenantRefusal;

/**
 * First filter of every request, before the token is even looked at: removes any client-sent tenant
 * header, refuses {@code /internal/**}, resolves the tenant from path or host and refuses invalid (400),
 * unknown (404) and suspended (403) tenants before anything downstream is called. An accepted tenant
 * request continues with exactly one {@code X-Tenant-Id}, the resolved code.
 */
@Component
public class TenantResolutionFilter implements WebFilter, Ordered {

    /** Exchange attribute holding the resolved {@link TenantInfo}. */
    public static final String TENANT_ATTRIBUTE = TenantResolutionFilter.class.getName() + ".tenant";
    /** Reactor context and MDC key of the tenant code (logs and traces, never metrics). */
    public static final String TENANT_KEY = "tenant";
    /** Before Spring Security's chain (-100), so tenant refusals do not depend on the token. */
    static final int ORDER = -200;

    private final TenantRegistry registry;
    private final TenantProperties properties;

    TenantResolutionFilter(TenantRegistry registry, TenantProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().value();
        if (!isPlain(path)) {
            return Problems.write(
                    exchange,
                    HttpStatus.BAD_REQUEST,
                    "Invalid path",
                    "ที่อยู่ไม่ถูกต้อง: ห้ามใช้ . หรือ .. เป็นส่วนของที่อยู่ และห้ามเข้ารหัสอักขระ / \\ . ;");
        }
        if (path.equals("/internal") || path.startsWith("/internal/")) {
            return Problems.write(exchange, HttpStatus.NOT_FOUND, "Not Found", "ไม่พบหน้าที่ร้องขอ");
        }
        TenantAddress address = TenantAddress.of(
                path,
                request.getHeaders().getFirst(HttpHeaders.HOST),
                properties.baseDomain(),
                properties.platformPaths());
        return switch (address) {
            case TenantAddress.None none -> chain.filter(withoutTenantHeader(exchange));
            case TenantAddress.Invalid invalid -> Problems.write(exchange, TenantRefusal.INVALID_TENANT_CODE);
            case TenantAddress.Named named ->
                RequestEventLoop.resumeOn(exchange, registry.find(named.code()))
                        .flatMap(lookup -> proceed(exchange, chain, named, lookup));
        };
    }

    private Mono<Void> proceed(
            ServerWebExchange exchange, WebFilterChain chain, TenantAddress.Named named, TenantRegistry.Lookup lookup) {
        return switch (lookup) {
            case TenantRegistry.Lookup.Unknown unknown ->
                Problems.write(exchange, TenantRefusal.UNKNOWN_TENANT, named.code());
            case TenantRegistry.Lookup.Unavailable unavailable ->
                Problems.write(exchange, TenantRefusal.REGISTRY_UNAVAILABLE);
            case TenantRegistry.Lookup.Found found
            when found.tenant().suspended() -> Problems.write(exchange, TenantRefusal.TENANT_SUSPENDED, named.code());
            // archived (or any status not served): as if it did not exist
            case TenantRegistry.Lookup.Found found
            when !found.tenant().active() -> Problems.write(exchange, TenantRefusal.UNKNOWN_TENANT, named.code());
            case TenantRegistry.Lookup.Found found -> forward(exchange, chain, named, found.tenant());
        };
    }

    private Mono<Void> forward(
            ServerWebExchange exchange, WebFilterChain chain, TenantAddress.Named named, TenantInfo tenant) {
        String code = tenant.code().value();
        ServerHttpRequest.Builder request =
                exchange.getRequest().mutate().headers(h -> h.put(PlatformClaims.TENANT_HEADER, List.of(code)));
        if (!named.path().equals(exchange.getRequest().getPath().value())) {
            request.path(named.path());
        }
        ServerWebExchange mutated = exchange.mutate().request(request.build()).build();
        mutated.getAttributes().put(TENANT_ATTRIBUTE, tenant);
        ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .ifPresent(observation -> observation.addHighCardinalityKeyValue(KeyValue.of(TENANT_KEY, code)));
        return chain.filter(mutated).contextWrite(context -> context.put(TENANT_KEY, code));
    }

    /**
     * Whether the raw path is free of dot segments and of encoded or literal separators that a
     * downstream server might normalise differently (e.g. {@code /t/trat/../../internal/...} would reach
     * report-service's internal API after Tomcat removes the dots).
     */
    static boolean isPlain(String rawPath) {
        if (rawPath.indexOf(';') >= 0 || rawPath.indexOf('\\') >= 0) {
            return false;
        }
        int percent = rawPath.indexOf('%');
        while (percent >= 0) {
            if (percent + 2 < rawPath.length()) {
                String hex = rawPath.substring(percent + 1, percent + 3).toLowerCase(Locale.ROOT);
                if (hex.equals("2e") || hex.equals("2f") || hex.equals("5c") || hex.equals("3b") || hex.equals("00")) {
                    return false;
                }
            }
            percent = rawPath.indexOf('%', percent + 1);
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static ServerWebExchange withoutTenantHeader(ServerWebExchange exchange) {
        if (!exchange.getRequest().getHeaders().containsHeader(PlatformClaims.TENANT_HEADER)) {
            return exchange;
        }
        return exchange.mutate()
                .request(r -> r.headers(h -> h.remove(PlatformClaims.TENANT_HEADER)))
                .build();
    }
}
