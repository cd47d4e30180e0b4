package th.prongsai.tenant.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import th.prongsai.platform.security.PlatformSecurity;
import th.prongsai.platform.security.PlatformJwtDecoders;
import th.prongsai.tenant.auth.Passwords;
import th.prongsai.tenant.auth.SigningKeys;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, PlatformSecurity platform) throws Exception {
        return platform.build(http, rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/auth/token").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/auth/jwks").permitAll()
                .requestMatchers("/internal/**").hasRole("SERVICE")
                .requestMatchers(HttpMethod.POST, "/api/tenants", "/api/tenants/**").hasRole("NATIONAL_ADMIN")
                .requestMatchers("/api/audit", "/api/audit/**").hasRole("NATIONAL_ADMIN")
                .requestMatchers("/api/onboarding-jobs", "/api/onboarding-jobs/**").hasRole("NATIONAL_ADMIN")
                // every signed-in person changes their own password; the rest of /api/users is for admins
                .requestMatchers(HttpMethod.POST, "/api/users/me/password").authenticated()
                .requestMatchers("/api/users", "/api/users/**").hasAnyRole("NATIONAL_ADMIN", "MUNICIPAL_ADMIN"));
    }

    /** tenant-service verifies its own tokens from its key table instead of fetching its own JWKS over HTTP. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys) {
        return PlatformJwtDecoders.fromKeys(keys.jwkSource());
    }

    /**
     * New hashes are Argon2id (no 72-byte input limit, so long Thai passphrases work); {@code {bcrypt}} and bare
     * bcrypt hashes from before still verify and are re-hashed at the next successful login.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }
}
