package th.prongsai.tenant.tokens;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ita.auth.token-ttl} and {@code ita.auth.service-token-ttl}: how long user and service tokens live. The
 * login throttle reads its own settings from the same prefix ({@code LoginThrottleProperties}).
 */
@ConfigurationProperties("ita.auth")
record TokenProperties(Duration tokenTtl, Duration serviceTokenTtl) {

    TokenProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(1) : tokenTtl;
        serviceTokenTtl = serviceTokenTtl == null ? Duration.ofMinutes(5) : serviceTokenTtl;
    }
}
