package th.prongsai.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

class PlatformSecurityAutoConfigurationTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformSecurityAutoConfiguration.class));

    @Test
    void servletAppGetsTheSharedSecurity() {
        web.withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1/jwks")
                .run(context -> {
                    assertThat(context)
                            .hasSingleBean(ProblemSecurityHandler.class)
                            .hasSingleBean(PlatformSecurity.class)
                            .getBean(JwtDecoder.class)
                            .isInstanceOf(NimbusJwtDecoder.class);
                    // without an application converter, Spring's own turns the token into an authentication
                    assertThat(context.getBean(PlatformSecurity.class).converter())
                            .isInstanceOf(JwtAuthenticationConverter.class);
                });
    }

    @Test
    void noJwksNoDecoder() {
        web.run(context -> assertThat(context).doesNotHaveBean(JwtDecoder.class).hasSingleBean(PlatformSecurity.class));
    }

    @Test
    void nonWebAppGetsNothing() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PlatformSecurityAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(PlatformSecurity.class));
    }
}
