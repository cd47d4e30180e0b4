package th.prongsai.tenancy.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ResponseStatusException;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.TenantCode;

class CallerAuthenticationConverterTest {

    private final CallerAuthenticationConverter converter = new CallerAuthenticationConverter();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("somchai")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void municipalClaimsBecomeRolesAndCaller() {
        var auth = converter.convert(
                jwt(Map.of("roles", List.of("MUNICIPAL_ADMIN", "MUNICIPAL_OFFICER"), "tenant", "trat")));

        assertThat(auth.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_MUNICIPAL_ADMIN", "ROLE_MUNICIPAL_OFFICER");
        assertThat(auth.getName()).isEqualTo("somchai");
        Caller caller = ((CallerAuthenticationToken) auth).caller();
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.MUNICIPAL_ADMIN, Role.MUNICIPAL_OFFICER);
        assertThat(caller.tenant()).contains(TenantCode.of("trat"));
        assertThat(caller.province()).isEmpty();
        assertThat(auth.getDetails()).isEqualTo(caller);
    }

    @Test
    void unknownRolesAndMalformedClaimsAreDropped() {
        var auth = converter.convert(
                jwt(Map.of("roles", List.of("ROOT", "PROVINCIAL_OFFICER"), "tenant", "../x", "province", "2; drop")));

        assertThat(auth.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_PROVINCIAL_OFFICER");
        Caller caller = ((CallerAuthenticationToken) auth).caller();
        assertThat(caller.tenant()).isEmpty();
        assertThat(caller.province()).isEmpty();
    }

    @Test
    void tokenWithoutRolesHasNoAuthorities() {
        var auth = converter.convert(jwt(Map.of("province", "23")));

        assertThat(auth.getAuthorities()).isEmpty();
        assertThat(((CallerAuthenticationToken) auth).caller().province()).contains("23");
    }

    @Test
    void callersReadsTheCurrentRequest() {
        assertThat(Callers.find()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(Callers::current)
                .isInstanceOf(ResponseStatusException.class)
                .satisfies(e -> assertThat(
                                ((ResponseStatusException) e).getStatusCode().value())
                        .isEqualTo(401));

        var auth = converter.convert(jwt(Map.of("roles", List.of("NATIONAL_ADMIN"))));
        SecurityContextHolder.getContext().setAuthentication(auth);

        assertThat(Callers.current().username()).isEqualTo("somchai");
        assertThat(Callers.current().has(Role.NATIONAL_ADMIN)).isTrue();
    }
}
