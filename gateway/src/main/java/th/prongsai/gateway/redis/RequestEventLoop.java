package th.prongsai.gateway.redis;

import io.netty.channel.EventLoop;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;

/**
 * Brings a request back onto its own Netty event loop after a Redis answer, which Lettuce delivers on one of
 * its I/O threads. Left there, the rest of the request (the response, the proxied call) ran on a Lettuce thread
 * and the exchange finished off its connection's loop; Reactor Netty 1.3.6 can then buffer the next keep-alive
 * request and, when that one is answered at once, stop reading the connection (reactor-netty#4361): the request
 * after it never got an answer (docs/known-issues.md, fixed). On its own loop the exchange ends as every
 * other one does.
 */
public final class RequestEventLoop {

    private static final Map<EventLoop, Scheduler> SCHEDULERS = new ConcurrentHashMap<>();

    private RequestEventLoop() {}

    /** {@code answer}, its signals delivered on the exchange's event loop (as they are when not served by Netty). */
    public static <T> Mono<T> resumeOn(ServerWebExchange exchange, Mono<T> answer) {
        EventLoop loop = eventLoopOf(exchange);
        return loop == null ? answer : answer.publishOn(SCHEDULERS.computeIfAbsent(loop, Schedulers::fromExecutor));
    }

    static EventLoop eventLoopOf(ServerWebExchange exchange) {
        try {
            Object request = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
            return request instanceof Connection connection
                    ? connection.channel().eventLoop()
                    : null;
        } catch (IllegalArgumentException notNetty) {
            return null;
        }
    }
}
