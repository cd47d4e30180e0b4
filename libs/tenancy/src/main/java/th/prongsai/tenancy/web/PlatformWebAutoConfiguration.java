package th.prongsai.tenancy.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem JSON and JWT-to-caller wiring shared by the servlet services. Runs before Boot's web MVC
 * auto-configuration so that {@link PlatformExceptionHandler} is the application's
 * {@link ResponseEntityExceptionHandler} and Boot does not add its own ({@code spring.mvc.problemdetails}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(ResponseEntityExceptionHandler.class)
public class PlatformWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    PlatformExceptionHandler platformExceptionHandler() {
        return new PlatformExceptionHandler();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({HttpSecurity.class, JwtAuthenticationToken.class})
    static class Security {

        @Bean
        @ConditionalOnMissingBean
        CallerAuthenticationConverter callerAuthenticationConverter() {
            return new CallerAuthenticationConverter();
        }

        @Bean
        @ConditionalOnMissingBean
        ProblemSecurityHandler problemSecurityHandler(ObjectProvider<JsonMapper> json) {
            return new ProblemSecurityHandler(json.getIfAvailable(JsonMapper::shared));
        }

        @Bean
        @ConditionalOnMissingBean
        PlatformSecurity platformSecurity(CallerAuthenticationConverter converter, ProblemSecurityHandler problems) {
            return new PlatformSecurity(converter, problems);
        }
    }
}
