package th.prongsai.tenancy.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import th.prongsai.tenancy.Caller;

/** A verified platform JWT together with the {@link Caller} read from its claims (also kept as the details). */
public class CallerAuthenticationToken extends JwtAuthenticationToken {

    private final Caller caller;

    public CallerAuthenticationToken(Jwt jwt, Collection<? extends GrantedAuthority> authorities, Caller caller) {
        super(jwt, authorities, caller.username());
        this.caller = caller;
        setDetails(caller);
    }

    public Caller caller() {
        return caller;
    }
}
