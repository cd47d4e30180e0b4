package th.prongsai.tenancy.security;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ResponseStatusException;
import th.prongsai.tenancy.Caller;

/** The {@link Caller} of the current request, read from Spring Security's context. */
public final class Callers {

    private Callers() {}

    public static Optional<Caller> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof CallerAuthenticationToken token) {
            return Optional.of(token.caller());
        }
        if (authentication.getDetails() instanceof Caller caller) {
            return Optional.of(caller);
        }
        if (authentication.getPrincipal() instanceof Caller caller) {
            return Optional.of(caller);
        }
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(CallerAuthenticationConverter.callerOf(jwt));
        }
        return Optional.empty();
    }

    /** A claim of the current caller's verified token (e.g. {@link th.prongsai.tenancy.PlatformClaims#POSITION}). */
    public static Optional<String> claim(String name) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.ofNullable(jwt.getClaimAsString(name));
        }
        return Optional.empty();
    }

    /** The current caller's verified token as sent, to call another platform service on their behalf. */
    public static Optional<String> bearerToken() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(jwt.getTokenValue());
        }
        return Optional.empty();
    }

    /** The caller, or a 401 when the request carries no verified platform token. */
    public static Caller current() {
        return find().orElseThrow(() ->
                new ResponseStatusException(HttpStatus.UNAUTHORIZED, "ต้องเข้าสู่ระบบด้วยโทเค็นที่ถูกต้อง"));
    }
}
