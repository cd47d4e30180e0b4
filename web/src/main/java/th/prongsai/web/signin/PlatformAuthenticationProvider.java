package th.prongsai.web.signin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.SignedInUser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a user in with the platform's own token endpoint ({@code POST /api/auth/token}); the web keeps no
 * passwords. The claims are read from the token the platform has just issued over this call, for display only.
 */
@Component
class PlatformAuthenticationProvider implements AuthenticationProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final GatewayClient gateway;

    PlatformAuthenticationProvider(GatewayClient gateway) {
        this.gateway = gateway;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName().trim();
        String password = String.valueOf(authentication.getCredentials());
        Map<String, Object> answer;
        try {
            answer = gateway.post("/api/auth/token", Map.of("username", username, "password", password));
        } catch (ApiException.SignInRequired | ApiException.Invalid e) {
            throw new BadCredentialsException("invalid credentials", e);
        } catch (ApiException.Unavailable e) {
            throw new AuthenticationServiceException("unreachable", e);
        } catch (ApiException e) {
            if (e.status() == 429) {
                throw new LockedException("throttled", e);
            }
            throw new AuthenticationServiceException("refused", e);
        }
        String token = String.valueOf(answer.get("access_token"));
        SignedInUser user = fromToken(token);
        var authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    static SignedInUser fromToken(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new AuthenticationServiceException("not a JWT");
        }
        Map<String, Object> claims = JSON.readValue(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8), new TypeReference<>() {});
        Set<String> roles = new HashSet<>();
        if (claims.get("roles") instanceof List<?> list) {
            list.forEach(role -> roles.add(String.valueOf(role)));
        }
        Instant expiresAt =
                claims.get("exp") instanceof Number exp ? Instant.ofEpochSecond(exp.longValue()) : Instant.MAX;
        return new SignedInUser(
                String.valueOf(claims.get("sub")),
                token,
                expiresAt,
                Set.copyOf(roles),
                (String) claims.get("tenant"),
                (String) claims.get("province"),
                (String) claims.get("position"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
