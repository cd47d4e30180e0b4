package th.prongsai.tenancy.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.security.PlatformSecurity;
import th.prongsai.platform.security.PlatformSecurityAutoConfiguration;
import th.prongsai.platform.web.PlatformExceptionHandler;
import th.prongsai.tenancy.TenantCode;

class TenancySecurityAutoConfigurationTest {

    @RestController
    static class Probe {

        @GetMapping("/tenants/{code}")
        String tenant(@PathVariable String code) {
            return TenantCode.of(code).value();
        }
    }

    @Test
    void platformSecurityTurnsTokensIntoCallers() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        TenancySecurityAutoConfiguration.class, PlatformSecurityAutoConfiguration.class))
                .run(context -> assertThat(
                                context.getBean(PlatformSecurity.class).converter())
                        .isInstanceOf(CallerAuthenticationConverter.class));
    }

    @Test
    void invalidTenantCodeIs400BeforeThePlatformCatchAll() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Probe())
                .setControllerAdvice(
                        new PlatformExceptionHandler(), new TenancySecurityAutoConfiguration.InvalidTenantCodeProblem())
                .build();
        mvc.perform(get("/tenants/TRAT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://prongsai.th/problems/invalid-tenant-code"))
                .andExpect(jsonPath("$.title").value("Invalid tenant code"))
                .andExpect(jsonPath("$.errors[0].field").value("code"));
    }
}
