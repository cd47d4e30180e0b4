package th.prongsai.gateway.forward;

import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import th.prongsai.gateway.problem.Problems;
import th.prongsai.gateway.tenant.TenantInfo;
import th.prongsai.gateway.tenant.TenantResolutionFilter;

/**
 * Turns every error the gateway itself raises into problem JSON: no route (404), a service that does not
 * answer (503) or answers too slowly (504), and anything unexpected (500). Ahead of Boot's default handler.
 * It lives with forwarding, not with problem JSON, because it logs the failure with the request's tenant.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (clientWentAway(error)) {
            // nobody is left to read an answer
            return Mono.empty();
        }
        HttpStatus status = statusOf(error);
        if (status.is5xxServerError()) {
            TenantInfo tenant = exchange.getAttribute(TenantResolutionFilter.TENANT_ATTRIBUTE);
            try (var ignored = MDC.putCloseable(
                    TenantResolutionFilter.TENANT_KEY,
                    tenant == null ? null : tenant.code().value())) {
                log.warn(
                        "{} {} failed with {}: {}",
                        exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath().value(),
                        status.value(),
                        error.toString());
            }
        }
        return Problems.write(exchange, status, Problems.titleOf(status), detailOf(status));
    }

    private static boolean clientWentAway(Throwable error) {
        return error.getClass().getName().equals("reactor.netty.channel.AbortedException");
    }

    static HttpStatus statusOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ResponseStatusException rse) {
                HttpStatusCode code = rse.getStatusCode();
                HttpStatus resolved = HttpStatus.resolve(code.value());
                if (resolved == HttpStatus.INTERNAL_SERVER_ERROR && rse.getCause() != null) {
                    continue;
                }
                return resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
            }
            if (t instanceof ConnectException
                    || t instanceof ConnectTimeoutException
                    || t instanceof ClosedChannelException
                    || t.getClass().getName().equals("reactor.netty.http.client.PrematureCloseException")) {
                return HttpStatus.SERVICE_UNAVAILABLE;
            }
            if (t instanceof TimeoutException || t.getClass().getSimpleName().equals("ReadTimeoutException")) {
                return HttpStatus.GATEWAY_TIMEOUT;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "ไม่พบหน้าที่ร้องขอ";
            case SERVICE_UNAVAILABLE -> "บริการปลายทางไม่พร้อมใช้งานในขณะนี้ กรุณาลองใหม่อีกครั้ง";
            case GATEWAY_TIMEOUT -> "บริการปลายทางตอบช้าเกินกำหนด กรุณาลองใหม่อีกครั้ง";
            case METHOD_NOT_ALLOWED -> "ไม่รองรับวิธีการร้องขอนี้";
            case CONTENT_TOO_LARGE -> "ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด";
            case UNSUPPORTED_MEDIA_TYPE -> "ไม่รองรับชนิดข้อมูลที่ส่งมา";
            default -> status.is4xxClientError() ? "คำขอไม่ถูกต้อง" : "เกิดข้อผิดพลาดภายในระบบ";
        };
    }
}
