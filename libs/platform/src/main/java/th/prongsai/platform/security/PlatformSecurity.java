package th.prongsai.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security every servlet service shares: stateless bearer-JWT resource server, the token turned into an
 * authentication by the application's converter (tenancy's caller, with {@code ROLE_*} authorities), problem JSON for 401/403, and the operational endpoints open. A service adds
 * its own rules (without {@code anyRequest()}, which this appends as "authenticated"):
 *
 * <pre>{@code
 * @Bean SecurityFilterChain api(HttpSecurity http, PlatformSecurity platform) throws Exception {
 *     return platform.build(http, rules -> rules.requestMatchers("/internal/**").hasRole("SERVICE"));
 * }
 * }</pre>
 */
public class PlatformSecurity {

    /** Paths open to anyone: health probes, metrics scraping (network-restricted), OpenAPI. */
    public static final String[] OPEN_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/prometheus",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/error"
    };

    private final Converter<Jwt, ? extends AbstractAuthenticationToken> converter;
    private final ProblemSecurityHandler problems;

    public PlatformSecurity(
            Converter<Jwt, ? extends AbstractAuthenticationToken> converter, ProblemSecurityHandler problems) {
        this.converter = converter;
        this.problems = problems;
    }

    public Converter<Jwt, ? extends AbstractAuthenticationToken> converter() {
        return converter;
    }

    public ProblemSecurityHandler problems() {
        return problems;
    }

    /** Applies the shared settings without building, for a service that wants to go on configuring. */
    public HttpSecurity apply(
            HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(OPEN_PATHS).permitAll();
                    authorize.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
                    rules.customize(authorize);
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }

    public SecurityFilterChain build(
            HttpSecurity http,
            Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> rules)
            throws Exception {
        return apply(http, rules).build();
    }
}
