package th.prongsai.gateway.tenant;

import java.util.UUID;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import th.prongsai.events.TenantEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read-your-writes through this gateway: a successful lifecycle answer from tenant-service ({@code POST
 * /api/tenants}, {@code /api/tenants/{code}/suspend|activate|archive|provision}) carries the entry's new state, and
 * is applied to {@link TenantRegistry} before the client receives it, so the client's next request already meets
 * that state (and an onboarded code's remembered "unknown" is dropped). The event stream still brings the same
 * state a moment later, and every lifecycle change made elsewhere.
 */
@Component
public class LifecycleAnswers implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(LifecycleAnswers.class);
    private static final Pattern LIFECYCLE = Pattern.compile(
            "/api/tenants(/[a-z][a-z0-9-]{1,39}/(suspend|activate|archive|provision))?/?");
    /** A registry entry is a few hundred bytes; anything far larger is not one. */
    private static final int MAX_BODY = 64 * 1024;

    private final TenantRegistry registry;
    private final JsonMapper json;

    public LifecycleAnswers(TenantRegistry registry, JsonMapper json) {
        this.registry = registry;
        this.json = json;
    }

    /** Right after tenant resolution, so the answer is applied before anything else writes the response. */
    @Override
    public int getOrder() {
        return TenantResolutionFilter.ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!HttpMethod.POST.equals(exchange.getRequest().getMethod())
                || !LIFECYCLE.matcher(exchange.getRequest().getPath().value()).matches()) {
            return chain.filter(exchange);
        }
        ServerHttpResponse response = exchange.getResponse();
        ServerHttpResponseDecorator applying = new ServerHttpResponseDecorator(response) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                if (!isEntry(getDelegate())) {
                    return super.writeWith(body);
                }
                return DataBufferUtils.join(body, MAX_BODY).flatMap(joined -> {
                    byte[] bytes = new byte[joined.readableByteCount()];
                    joined.read(bytes);
                    DataBufferUtils.release(joined);
                    apply(bytes);
                    return getDelegate().writeWith(Mono.just(getDelegate().bufferFactory().wrap(bytes)));
                });
            }
        };
        return chain.filter(exchange.mutate().response(applying).build());
    }

    private static boolean isEntry(ServerHttpResponse response) {
        HttpHeaders headers = response.getHeaders();
        return response.getStatusCode() != null && response.getStatusCode().is2xxSuccessful()
                && MediaType.APPLICATION_JSON.isCompatibleWith(headers.getContentType())
                && !headers.containsHeader(HttpHeaders.CONTENT_ENCODING);
    }

    private void apply(byte[] body) {
        try {
            JsonNode entry = json.readTree(body);
            String code = entry.path("code").asString(null);
            String status = entry.path("status").asString(null);
            String updatedAt = entry.path("updatedAt").asString(null);
            if (code == null || status == null || updatedAt == null
                    || !th.prongsai.tenancy.TenantCode.isValid(code)) {
                return;
            }
            TenantInfo held = registry.apply(new TenantEvent(UUID.randomUUID(), TenantEvent.Kind.UPDATED, code,
                    entry.path("nameTh").asString(null), entry.path("nameEn").asString(null),
                    entry.path("type").asString(null), entry.path("province").asString(null), status,
                    java.time.Instant.parse(updatedAt)));
            log.debug("Tenant {} is {} as answered by tenant-service", code, held.status());
        } catch (RuntimeException e) {
            log.warn("A lifecycle answer could not be applied to the tenant registry: {}", e.toString());
        }
    }
}
