package th.prongsai.platform.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

/**
 * The one way a platform token is verified: RS256 only, with {@link PlatformTokens#validator()}. The gateway, every
 * servlet service (through {@link PlatformSecurityAutoConfiguration}) and tenant-service (from its own keys) build
 * their decoder here.
 */
public final class PlatformJwtDecoders {

    private PlatformJwtDecoders() {}

    /** Keys fetched from the platform's JWKS endpoint (tenant-service's {@code /api/auth/jwks}). */
    public static JwtDecoder fromJwkSetUri(String jwkSetUri) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(PlatformTokens.validator());
        return decoder;
    }

    /** Keys held by the caller itself: tenant-service verifies its own tokens without an HTTP round trip. */
    public static JwtDecoder fromKeys(JWKSource<SecurityContext> keys) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(PlatformTokens.validator());
        return decoder;
    }

    /** The gateway's reactive decoder; a nested class so that servlet services never load Reactor through it. */
    public static final class Reactive {

        private Reactive() {}

        public static NimbusReactiveJwtDecoder fromJwkSetUri(String jwkSetUri) {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                    .jwsAlgorithm(SignatureAlgorithm.RS256)
                    .build();
            decoder.setJwtValidator(PlatformTokens.validator());
            return decoder;
        }
    }
}
