package th.prongsai.analytics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import th.prongsai.platform.security.PlatformSecurity;

/** Analytics answers platform users only; which rows each may see is decided per endpoint. */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, PlatformSecurity platform) throws Exception {
        return platform.build(
                http,
                rules -> rules.requestMatchers("/api/analytics/**")
                        .hasAnyRole("NATIONAL_ADMIN", "PROVINCIAL_OFFICER", "MUNICIPAL_ADMIN", "MUNICIPAL_OFFICER"));
    }
}
