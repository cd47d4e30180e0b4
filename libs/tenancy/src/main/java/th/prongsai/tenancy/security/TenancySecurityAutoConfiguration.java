package th.prongsai.tenancy.security;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import th.prongsai.platform.web.Problems;
import th.prongsai.tenancy.InvalidTenantCodeException;
import th.prongsai.tenancy.TenantRefusal;

/** The caller of a servlet service's request, and the problem for a malformed tenant code. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class TenancySecurityAutoConfiguration {

    @Bean
    InvalidTenantCodeProblem invalidTenantCodeProblem() {
        return new InvalidTenantCodeProblem();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JwtAuthenticationToken.class)
    static class Callers {

        @Bean
        @ConditionalOnMissingBean
        CallerAuthenticationConverter callerAuthenticationConverter() {
            return new CallerAuthenticationConverter();
        }
    }

    /** Before the platform's catch-all handler, which does not know tenant codes. */
    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static class InvalidTenantCodeProblem {

        @ExceptionHandler(InvalidTenantCodeException.class)
        public ResponseEntity<ProblemDetail> invalidTenantCode(InvalidTenantCodeException e) {
            TenantRefusal refusal = TenantRefusal.INVALID_TENANT_CODE;
            ProblemDetail problem = Problems.of(refusal.status(), refusal.slug(), refusal.title(), refusal.detail());
            problem.setProperty("errors", List.of(Problems.fieldError("code", e.getMessage())));
            return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }
}
