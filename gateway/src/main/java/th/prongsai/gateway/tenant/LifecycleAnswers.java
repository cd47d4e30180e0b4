package th.prongsai.gateway.tenant;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import th.prongsai.gateway.redis.RequestEventLoop;

/**
 * Read-your-writes through this gateway: tenant-service answers a lifecycle command ({@code POST /api/tenants},
 * {@code /api/tenants/{code}/suspend|activate|archive|provision}) only once the Redis registry hash holds the new
 * state, so before such a successful answer is committed to the client this gateway reads that entry into
 * {@link TenantRegistry} (which also drops a remembered "unknown" for an onboarded code). The client's next request
 * then meets the new state; the event stream still brings it a moment later, and every change made elsewhere. The
 * answer's body is not touched: the code comes from the path, or from the {@code Location} of a 201.
 */
@Component
class LifecycleAnswers implements WebFilter, Ordered {

    private static final Pattern COMMAND =
            Pattern.compile("/api/tenants/([a-z][a-z0-9-]{1,39})/(suspend|activate|archive|provision)/?");
    private static final Pattern ONBOARDING = Pattern.compile("/api/tenants/?");
    private static final Pattern CREATED = Pattern.compile("/api/tenants/([a-z][a-z0-9-]{1,39})");

    private final TenantRegistry registry;

    public LifecycleAnswers(TenantRegistry registry) {
        this.registry = registry;
    }

    /** Right after tenant resolution; it only registers an action for when the answer is committed. */
    @Override
    public int getOrder() {
        return TenantResolutionFilter.ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!HttpMethod.POST.equals(exchange.getRequest().getMethod())) {
            return chain.filter(exchange);
        }
        String path = exchange.getRequest().getPath().value();
        Matcher command = COMMAND.matcher(path);
        boolean onboarding = ONBOARDING.matcher(path).matches();
        if (!command.matches() && !onboarding) {
            return chain.filter(exchange);
        }
        String named = command.matches() ? command.group(1) : null;
        ServerHttpResponse response = exchange.getResponse();
        response.beforeCommit(() -> {
            HttpStatusCode status = response.getStatusCode();
            if (status == null || !status.is2xxSuccessful()) {
                return Mono.empty();
            }
            String code = named != null ? named : created(response.getHeaders().getLocation());
            // the HGET answers on a Lettuce thread: the commit must go on on the request's loop (known-issues.md)
            return code == null ? Mono.empty() : RequestEventLoop.resumeOn(exchange, registry.refresh(code));
        });
        return chain.filter(exchange);
    }

    private static String created(URI location) {
        if (location == null) {
            return null;
        }
        Matcher matcher = CREATED.matcher(location.getPath());
        return matcher.matches() ? matcher.group(1) : null;
    }
}
