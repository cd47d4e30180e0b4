package th.prongsai.tenancy.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;

/**
 * Turns a verified platform JWT into an authentication whose authorities are {@code ROLE_<Role>} and whose
 * details are the {@link Caller}. Unknown role names and malformed tenant claims are ignored rather than
 * trusted: a token can only ever lose rights through a typo, never gain them.
 */
public class CallerAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLE_PREFIX = "ROLE_";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller = callerOf(jwt);
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : caller.roles()) {
            authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + role.name()));
        }
        return new CallerAuthenticationToken(jwt, authorities, caller);
    }

    public static Caller callerOf(Jwt jwt) {
        return Caller.fromClaims(jwt.getSubject(), jwt.getClaims());
    }
}
