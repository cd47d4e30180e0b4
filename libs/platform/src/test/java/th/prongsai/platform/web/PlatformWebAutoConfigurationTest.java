package th.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

class PlatformWebAutoConfigurationTest {

    @Test
    void servletAppGetsTheSharedPieces() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PlatformWebAutoConfiguration.class))
                .run(context -> assertThat(context)
                        .hasSingleBean(PlatformExceptionHandler.class)
                        .hasSingleBean(StrictJson.class)
                        .hasBean("requestBodyGuard"));
    }

    @Test
    void bodyLimitsComeFromProperties() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PlatformWebAutoConfiguration.class))
                .withPropertyValues("ita.http.max-body=64KB", "ita.http.body-limits[/api/onboarding-jobs/**]=20MB")
                .run(context -> {
                    RequestBodyGuard guard = context.getBean("requestBodyGuard", FilterRegistrationBean.class)
                                            .getFilter()
                                    instanceof RequestBodyGuard g
                            ? g
                            : null;
                    assertThat(guard).isNotNull();
                    assertThat(guard.limitFor("/api/tenants").toKilobytes()).isEqualTo(64);
                    assertThat(guard.limitFor("/api/onboarding-jobs/preview").toMegabytes())
                            .isEqualTo(20);
                });
    }

    @Test
    void nonWebAppGetsNothing() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PlatformWebAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(PlatformExceptionHandler.class));
    }
}
