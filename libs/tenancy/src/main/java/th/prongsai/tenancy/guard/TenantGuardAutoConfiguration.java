package th.prongsai.tenancy.guard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@link TenantGuardFilter} for {@code /t/*} in every servlet service that provides a
 * {@link TenantDirectory}. Ordered just after Spring Security's filter chain (order -100), so the token is
 * already verified when the guard reads the caller. Needs {@code ita.gateway.secret} (see {@link GatewayProof}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityContextHolder.class, FilterRegistrationBean.class})
public class TenantGuardAutoConfiguration {

    /** Spring Security's default filter order is -100; the guard runs right after it. */
    public static final int GUARD_ORDER = -90;

    @Bean
    @ConditionalOnMissingBean
    CallerResolver callerResolver() {
        return CallerResolver.fromSecurityContext();
    }

    @Bean
    @ConditionalOnBean(TenantDirectory.class)
    @ConditionalOnMissingBean(name = "tenantGuardFilter")
    FilterRegistrationBean<TenantGuardFilter> tenantGuardFilter(
            TenantDirectory directory,
            CallerResolver callers,
            @Value("${" + GatewayProof.SECRET_PROPERTY + ":}") String gatewaySecret,
            ObjectProvider<JsonMapper> json) {
        // no built-in secret: a service that serves tenant data refuses to start without the gateway's
        var registration = new FilterRegistrationBean<>(new TenantGuardFilter(
                directory, callers, GatewayProof.withSecret(gatewaySecret), json.getIfAvailable(JsonMapper::shared)));
        registration.addUrlPatterns("/t/*");
        registration.setOrder(GUARD_ORDER);
        return registration;
    }
}
