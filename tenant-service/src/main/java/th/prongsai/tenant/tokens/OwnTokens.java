package th.prongsai.tenant.tokens;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import th.prongsai.platform.security.PlatformJwtDecoders;

/** tenant-service verifies its own tokens from its key table instead of fetching its own JWKS over HTTP. */
@Configuration(proxyBeanMethods = false)
class OwnTokens {

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys) {
        return PlatformJwtDecoders.fromKeys(keys.jwkSource());
    }
}
