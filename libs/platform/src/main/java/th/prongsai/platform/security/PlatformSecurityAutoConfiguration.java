package th.prongsai.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security every servlet service shares: the platform's JWT decoder, problem JSON for 401/403 and
 * {@link PlatformSecurity}. Runs before Boot's resource-server configuration so that Boot does not build a second,
 * differently validated decoder.
 */
@AutoConfiguration(
        beforeName =
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({HttpSecurity.class, JwtAuthenticationToken.class})
public class PlatformSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemSecurityHandler problemSecurityHandler(ObjectProvider<JsonMapper> json) {
        return new ProblemSecurityHandler(json.getIfAvailable(JsonMapper::shared));
    }

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    @ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri) {
        return PlatformJwtDecoders.fromJwkSetUri(jwkSetUri);
    }

    /** The token becomes the application's authentication (libs/tenancy supplies the caller converter). */
    @Bean
    @ConditionalOnMissingBean
    PlatformSecurity platformSecurity(
            ObjectProvider<Converter<Jwt, ? extends AbstractAuthenticationToken>> converter,
            ProblemSecurityHandler problems) {
        return new PlatformSecurity(converter.getIfAvailable(JwtAuthenticationConverter::new), problems);
    }
}
