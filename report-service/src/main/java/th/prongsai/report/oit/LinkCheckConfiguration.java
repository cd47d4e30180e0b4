package th.prongsai.report.oit;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.prongsai.linkcheck.LinkCheckSettings;
import th.prongsai.linkcheck.LinkChecker;

/**
 * The one link checker of this instance (its per-host gate only works when every run shares it). Loopback is
 * refused unless {@code ita.report.oit.link-check.allow-loopback} is set, which only the tests do.
 */
@Configuration(proxyBeanMethods = false)
class LinkCheckConfiguration {

    @Bean(destroyMethod = "close")
    LinkChecker linkChecker(
            @Value("${ita.report.oit.link-check.allow-loopback:false}") boolean allowLoopback,
            @Value("${ita.report.oit.link-check.per-host-delay:1s}") Duration perHostDelay) {
        return new LinkChecker(
                LinkCheckSettings.defaults().withAllowLoopback(allowLoopback).withPerHostDelay(perHostDelay));
    }
}
