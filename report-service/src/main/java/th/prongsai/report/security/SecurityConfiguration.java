package th.prongsai.report.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import th.prongsai.platform.security.PlatformSecurity;

/**
 * Bearer JWTs from tenant-service (JWKS), issuer {@code prongsai}. {@code /internal/**} is for other services
 * (role SERVICE); {@code /api/frameworks/**} is read by every signed-in user and written by national admins;
 * {@code /t/{code}/**} needs a token and is then checked per tenant by libs/tenancy's guard.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, PlatformSecurity platform) throws Exception {
        return platform.build(
                http,
                rules -> rules.requestMatchers("/internal/**")
                        .hasRole("SERVICE")
                        .requestMatchers("/t/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/public/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.PUT, "/api/frameworks/**")
                        .hasRole("NATIONAL_ADMIN")
                        .requestMatchers("/api/frameworks/**")
                        .authenticated());
    }
}
