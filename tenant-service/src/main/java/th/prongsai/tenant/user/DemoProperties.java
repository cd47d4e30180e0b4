package th.prongsai.tenant.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ita.demo.enabled}: demo accounts with password {@code demo}; never on outside a demonstration. */
@ConfigurationProperties("ita.demo")
record DemoProperties(boolean enabled) {}
