package th.prongsai.tenancy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class PlatformWebAutoConfigurationTest {

    @Test
    void servletAppGetsTheSharedPieces() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PlatformWebAutoConfiguration.class))
                .run(context -> assertThat(context)
                        .hasSingleBean(PlatformExceptionHandler.class)
                        .hasSingleBean(CallerAuthenticationConverter.class)
                        .hasSingleBean(ProblemSecurityHandler.class)
                        .hasSingleBean(PlatformSecurity.class));
    }

    @Test
    void nonWebAppGetsNothing() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PlatformWebAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(PlatformExceptionHandler.class)
                        .doesNotHaveBean(PlatformSecurity.class));
    }
}
