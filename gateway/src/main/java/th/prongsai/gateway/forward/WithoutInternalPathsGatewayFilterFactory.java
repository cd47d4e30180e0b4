package th.prongsai.gateway.forward;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code - WithoutInternalPaths} on an OpenAPI route: whatever a service documents, the public copy never lists
 * its {@code /internal/**} operations (they are unrouted anyway, but their shapes are nobody else's business).
 * The document is asked for uncompressed, read whole (at most 4 MB) and written back without those paths.
 */
@Component
class WithoutInternalPathsGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

    private final JsonMapper json;

    WithoutInternalPathsGatewayFilterFactory(JsonMapper json) {
        super(Object.class);
        this.json = json;
    }

    @Override
    public GatewayFilter apply(Object config) {
        // ahead of the filter that writes the service's answer, so that it writes into the decorated response
        return new OrderedGatewayFilter(
                (exchange, chain) -> {
                    ServerHttpResponseDecorator stripped = new ServerHttpResponseDecorator(exchange.getResponse()) {
                        @Override
                        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                            return DataBufferUtils.join(body, MAX_DOCUMENT_BYTES)
                                    .flatMap(document -> {
                                        String text = document.toString(StandardCharsets.UTF_8);
                                        DataBufferUtils.release(document);
                                        byte[] out = strip(text).getBytes(StandardCharsets.UTF_8);
                                        getHeaders().remove(HttpHeaders.TRANSFER_ENCODING);
                                        getHeaders().setContentLength(out.length);
                                        return super.writeWith(
                                                Mono.just(bufferFactory().wrap(out)));
                                    });
                        }
                    };
                    return chain.filter(exchange.mutate()
                            .request(request -> request.headers(headers -> headers.remove(HttpHeaders.ACCEPT_ENCODING)))
                            .response(stripped)
                            .build());
                },
                NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1);
    }

    String strip(String document) {
        JsonNode root;
        try {
            root = json.readTree(document);
        } catch (RuntimeException notJson) {
            return document;
        }
        if (root == null || !(root.get("paths") instanceof ObjectNode paths)) {
            return document;
        }
        List<String> internal = paths.propertyNames().stream()
                .filter(path -> path.equals("/internal") || path.startsWith("/internal/"))
                .toList();
        if (internal.isEmpty()) {
            return document;
        }
        internal.forEach(paths::remove);
        return json.writeValueAsString(root);
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of();
    }
}
