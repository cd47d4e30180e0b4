package th.prongsai.tenant.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ita.auth.*}: token lifetimes and login throttling. */
@ConfigurationProperties("ita.auth")
public record AuthProperties(Duration tokenTtl, Duration serviceTokenTtl, Integer loginMaxFailures,
                             Duration loginWindow) {

    public AuthProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(1) : tokenTtl;
        serviceTokenTtl = serviceTokenTtl == null ? Duration.ofMinutes(5) : serviceTokenTtl;
        loginMaxFailures = loginMaxFailures == null ? 5 : loginMaxFailures;
        loginWindow = loginWindow == null ? Duration.ofMinutes(15) : loginWindow;
    }
}
