package th.prongsai.tenant.throttle;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ita.auth.login-*}, {@code ita.auth.known-address-ttl} and {@code ita.auth.trusted-proxies}: login throttling
 * and whose word about the client address counts. Token lifetimes share the prefix ({@code TokenProperties}).
 *
 * @param loginFreeFailures failures from one address before that address waits for the account
 * @param loginFirstDelay the first wait; it doubles with every further failure, up to {@code loginMaxDelay}
 * @param loginWindow how long failures are remembered after the last one
 * @param loginAccountFailures failures from all addresses together before addresses the account never signed in
 *                             from wait too (addresses it did sign in from in {@code knownAddressTtl} never do)
 * @param trustedProxies addresses (or CIDR ranges) of the proxies in front of this service, skipped when the client
 *                       address is read from {@code X-Forwarded-For}
 */
@ConfigurationProperties("ita.auth")
record LoginThrottleProperties(
        Integer loginFreeFailures,
        Duration loginFirstDelay,
        Duration loginMaxDelay,
        Duration loginWindow,
        Integer loginAccountFailures,
        Duration knownAddressTtl,
        List<String> trustedProxies) {

    LoginThrottleProperties {
        loginFreeFailures = loginFreeFailures == null ? 3 : loginFreeFailures;
        loginFirstDelay = loginFirstDelay == null ? Duration.ofSeconds(30) : loginFirstDelay;
        loginMaxDelay = loginMaxDelay == null ? Duration.ofMinutes(15) : loginMaxDelay;
        loginWindow = loginWindow == null ? Duration.ofMinutes(15) : loginWindow;
        loginAccountFailures = loginAccountFailures == null ? 20 : loginAccountFailures;
        knownAddressTtl = knownAddressTtl == null ? Duration.ofDays(30) : knownAddressTtl;
        trustedProxies = trustedProxies == null ? List.of("127.0.0.0/8", "::1") : List.copyOf(trustedProxies);
    }
}
