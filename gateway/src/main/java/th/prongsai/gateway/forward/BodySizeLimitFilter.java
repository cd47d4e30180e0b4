package th.prongsai.gateway.forward;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import th.prongsai.gateway.problem.Problems;

/**
 * Refuses a request body larger than its route allows with a 413 problem before anything downstream is
 * asked: the route's {@code max-body-size} metadata (uploads and imports), else {@code ita.gateway.max-body-size}
 * (1 MB, the JSON APIs). A declared {@code Content-Length} is checked up front; a chunked body is counted as it
 * streams and cut off at the limit.
 */
@Component
class BodySizeLimitFilter implements GlobalFilter, Ordered {

    /** Route metadata key naming the route's body limit, e.g. {@code 20MB}. */
    static final String METADATA_KEY = "max-body-size";

    private final DataSize defaultLimit;

    BodySizeLimitFilter(@Value("${ita.gateway.max-body-size:1MB}") DataSize defaultLimit) {
        this.defaultLimit = defaultLimit;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long limit = limitOf(exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR));
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit);
        }
        // with neither Content-Length nor Transfer-Encoding an HTTP/1.1 request has no body (most of them: GETs)
        if (declared >= 0 || !exchange.getRequest().getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                long[] seen = {0};
                return super.getBody().handle((buffer, sink) -> {
                    seen[0] += buffer.readableByteCount();
                    if (seen[0] > limit) {
                        DataBufferUtils.release(buffer);
                        sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, detail(limit)));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    private long limitOf(Route route) {
        Object configured = route == null ? null : route.getMetadata().get(METADATA_KEY);
        return configured == null
                ? defaultLimit.toBytes()
                : DataSize.parse(configured.toString()).toBytes();
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, detail(limit));
    }

    static String detail(long limit) {
        return "ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด (ไม่เกิน "
                + DataSize.ofBytes(limit).toKilobytes() + " KB)";
    }
}
