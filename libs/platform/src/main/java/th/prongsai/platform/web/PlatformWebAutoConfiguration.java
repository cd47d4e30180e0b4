package th.prongsai.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem JSON and strict request input shared by the servlet services. Runs before Boot's web MVC
 * auto-configuration so that {@link PlatformExceptionHandler} is the application's
 * {@link ResponseEntityExceptionHandler} and Boot does not add its own ({@code spring.mvc.problemdetails}).
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(ResponseEntityExceptionHandler.class)
@EnableConfigurationProperties(HttpInputProperties.class)
public class PlatformWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** Before security and everything else that could read the body; after the observation filter, so 413s are counted. */
    @Bean
    FilterRegistrationBean<RequestBodyGuard> requestBodyGuard(
            HttpInputProperties properties, ObjectProvider<JsonMapper> json) {
        FilterRegistrationBean<RequestBodyGuard> registration = new FilterRegistrationBean<>(new RequestBodyGuard(
                properties.maxBody(), properties.bodyLimits(), json.getIfAvailable(JsonMapper::shared)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Tomcat reports what it refuses itself (a path with {@code %00}, an encoded {@code /}) as a problem too. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({StandardHost.class, TomcatServletWebServerFactory.class})
    static class TomcatErrors {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
            // the host starts after the context is configured, and then installs this valve instead of Tomcat's
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JsonMapperBuilderCustomizer.class)
    static class Json {

        @Bean
        StrictJson strictJson() {
            return new StrictJson();
        }
    }

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    PlatformExceptionHandler platformExceptionHandler() {
        return new PlatformExceptionHandler();
    }
}
