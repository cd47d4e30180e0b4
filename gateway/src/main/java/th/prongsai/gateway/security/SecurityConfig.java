package th.prongsai.gateway.security;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;
import th.prongsai.gateway.problem.Problems;
import th.prongsai.platform.security.PlatformJwtDecoders;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.TenantRefusal;

/**
 * Two chains: open paths (public reports, login, API docs, health) never look at a token; everything else
 * is a stateless JWT resource server. The gateway checks the coarse rules; services refine them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    private static final String[] OPEN_PATHS = {
        "/public/**",
        "/api/auth/**",
        "/v3/api-docs/**",
        "/gateway/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/webjars/**",
        "/actuator/**"
    };
    private static final String NATIONAL_ADMIN = Role.NATIONAL_ADMIN.name();

    @Bean
    @Order(1)
    SecurityWebFilterChain openChain(ServerHttpSecurity http) {
        return stateless(http)
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(OPEN_PATHS))
                .authorizeExchange(a -> a.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain tokenChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder) {
        ServerAuthenticationEntryPoint unauthorized =
                (exchange, e) -> Problems.write(exchange, TenantRefusal.NO_VALID_TOKEN);
        ServerAccessDeniedHandler forbidden = (exchange, e) -> {
            String tenantRefusal = exchange.getAttribute(TenantAuthorizationManager.REFUSAL_ATTRIBUTE);
            return Problems.write(
                    exchange,
                    HttpStatus.FORBIDDEN,
                    "Forbidden",
                    tenantRefusal != null ? tenantRefusal : "บัญชีนี้ไม่มีสิทธิ์ดำเนินการนี้");
        };
        return stateless(http)
                .authorizeExchange(a -> a.pathMatchers("/t/**")
                        .access(new TenantAuthorizationManager())
                        .pathMatchers(
                                HttpMethod.POST,
                                "/api/tenants",
                                "/api/tenants/",
                                "/api/tenants/*/suspend",
                                "/api/tenants/*/activate",
                                "/api/tenants/*/archive",
                                "/api/tenants/*/provision")
                        .hasAuthority(NATIONAL_ADMIN)
                        // bulk onboarding: every method, previews and job listings included, is the national admin's
                        .pathMatchers("/api/onboarding-jobs", "/api/onboarding-jobs/**")
                        .hasAuthority(NATIONAL_ADMIN)
                        .pathMatchers(HttpMethod.PUT, "/api/frameworks/**")
                        .hasAuthority(NATIONAL_ADMIN)
                        .pathMatchers("/api/analytics/**")
                        .hasAnyAuthority(
                                NATIONAL_ADMIN,
                                Role.PROVINCIAL_OFFICER.name(),
                                Role.MUNICIPAL_ADMIN.name(),
                                Role.MUNICIPAL_OFFICER.name())
                        .pathMatchers("/api/**")
                        .authenticated()
                        // any other path has no route and ends in the router's 404 problem
                        .anyExchange()
                        .permitAll())
                .oauth2ResourceServer(o -> o.jwt(j -> j.jwtDecoder(decoder).jwtAuthenticationConverter(jwt -> {
                            List<GrantedAuthority> authorities =
                                    Caller.fromClaims(jwt.getSubject(), jwt.getClaims()).roles().stream()
                                            .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.name()))
                                            .toList();
                            return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
                        }))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .build();
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwksUri,
            @Value("${ita.gateway.jwt-cache-size:10000}") int cacheSize) {
        // the platform's one decoder set-up, as in every service (RS256; exp and iat, at most 12 h; decision 0005)
        return new CachingJwtDecoder(PlatformJwtDecoders.Reactive.fromJwkSetUri(jwksUri), cacheSize, Clock.systemUTC());
    }

    private static ServerHttpSecurity stateless(ServerHttpSecurity http) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(c -> c.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
    }
}
