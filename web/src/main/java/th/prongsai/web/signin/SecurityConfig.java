package th.prongsai.web.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import th.prongsai.web.layout.LocalPath;

/**
 * Pages need a signed-in session except sign-in, public pages and assets. Forms carry CSRF tokens (htmx
 * sends the token as a header); the session cookie is HttpOnly and SameSite=Lax, and Secure behind https.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** Content-Security-Policy of every page: nothing inline, nothing from elsewhere. */
    static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "font-src 'self'; frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, PlatformAuthenticationProvider provider) {
        return http.authenticationProvider(provider)
                // the page asked for comes back as it was, without Spring Security's "?continue" marker
                .requestCache(c -> c.requestCache(plainRequestCache()))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                "/signin",
                                "/lang",
                                "/assets/**",
                                "/webjars/**",
                                "/public/**",
                                "/error",
                                "/favicon.ico",
                                "/actuator/health/**",
                                "/actuator/prometheus")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/signin")
                        .loginProcessingUrl("/signin")
                        .successHandler(returnToWhereTheUserWas())
                        .failureHandler(backToTheFormWithTheReason()))
                .logout(l -> l.logoutUrl("/signout").logoutSuccessUrl("/signin?signedout"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        // report previews are framed by the page that shows them; nothing else may frame a page
                        .frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    private static HttpSessionRequestCache plainRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    /** After signing in: the page asked for before (kept by Spring Security), or {@code next} when the session had expired. */
    private static AuthenticationSuccessHandler returnToWhereTheUserWas() {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setRequestCache(plainRequestCache());
        saved.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            String next = LocalPath.orNull(request.getParameter("next"));
            if (next != null) {
                response.sendRedirect(request.getContextPath() + next);
            } else {
                saved.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** Back to the form with the reason and the username typed, so nothing has to be typed again but the password. */
    private static AuthenticationFailureHandler backToTheFormWithTheReason() {
        return (request, response, exception) -> {
            String reason = exception instanceof LockedException
                    ? "throttled"
                    : exception instanceof AuthenticationServiceException ? "unreachable" : "bad";
            request.getSession().setAttribute(SignInController.LAST_USERNAME, usernameOf(request));
            String next = LocalPath.orNull(request.getParameter("next"));
            response.sendRedirect(request.getContextPath() + "/signin?error=" + reason
                    + (next == null ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        };
    }

    private static String usernameOf(HttpServletRequest request) {
        String username = request.getParameter("username");
        return username == null ? "" : username.strip();
    }
}
