package th.prongsai.tenant.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import th.prongsai.platform.security.PlatformSecurity;

/** Who may call what, in one place for the whole service; the tokens are verified by {@code tokens}. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, PlatformSecurity platform) throws Exception {
        return platform.build(
                http,
                rules -> rules.requestMatchers(HttpMethod.POST, "/api/auth/token")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/auth/jwks")
                        .permitAll()
                        .requestMatchers("/internal/**")
                        .hasRole("SERVICE")
                        .requestMatchers(HttpMethod.POST, "/api/tenants", "/api/tenants/**")
                        .hasRole("NATIONAL_ADMIN")
                        .requestMatchers("/api/audit", "/api/audit/**")
                        .hasRole("NATIONAL_ADMIN")
                        .requestMatchers("/api/onboarding-jobs", "/api/onboarding-jobs/**")
                        .hasRole("NATIONAL_ADMIN")
                        // every signed-in person changes their own password; the rest of /api/users is for admins
                        .requestMatchers(HttpMethod.POST, "/api/users/me/password")
                        .authenticated()
                        .requestMatchers("/api/users", "/api/users/**")
                        .hasAnyRole("NATIONAL_ADMIN", "MUNICIPAL_ADMIN"));
    }
}
