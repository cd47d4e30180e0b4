package th.prongsai.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Spring Security's firewall ({@code StrictServerWebExchangeFirewall}) refuses {@code //}, {@code %25},
 * {@code %0a}, backslashes, bad header values and unknown methods with an empty 400; this answers the platform
 * problem instead (picked up by {@code @EnableWebFluxSecurity}).
 */
@Component
class FirewallProblems implements ServerExchangeRejectedHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return Problems.write(
                exchange,
                HttpStatus.BAD_REQUEST,
                "Request rejected",
                "คำขอถูกปฏิเสธ: ที่อยู่หรือส่วนหัวของคำขอมีอักขระหรือรูปแบบที่ไม่อนุญาต");
    }
}
