package th.prongsai.tenant.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ita.demo.enabled}: demo accounts with password {@code demo}; never on outside a demonstration. */
@ConfigurationProperties("ita.demo")
public record DemoProperties(boolean enabled) {
}
