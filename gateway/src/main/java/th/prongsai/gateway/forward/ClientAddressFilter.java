package th.prongsai.gateway.forward;

import java.net.InetSocketAddress;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import th.prongsai.tenancy.PlatformClaims;

/**
 * Names the person behind every forwarded request in {@link PlatformClaims#CLIENT_HEADER}: the connection's peer,
 * or, when the peer is on loopback (the web, calling on a person's behalf), the address the web named. What any
 * other client sends is replaced, so tenant-service's per-address sign-in throttling cannot be fooled by a header.
 */
@Component
class ClientAddressFilter implements GlobalFilter, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
        String named = exchange.getRequest().getHeaders().getFirst(PlatformClaims.CLIENT_HEADER);
        boolean fromOurWeb =
                peer != null && peer.getAddress() != null && peer.getAddress().isLoopbackAddress();
        if (fromOurWeb && named != null) {
            return chain.filter(exchange);
        }
        String address = peer == null || peer.getAddress() == null
                ? null
                : peer.getAddress().getHostAddress();
        return chain.filter(exchange.mutate()
                .request(request -> request.headers(headers -> {
                    headers.remove(PlatformClaims.CLIENT_HEADER);
                    if (address != null) {
                        headers.set(PlatformClaims.CLIENT_HEADER, address);
                    }
                }))
                .build());
    }
}
