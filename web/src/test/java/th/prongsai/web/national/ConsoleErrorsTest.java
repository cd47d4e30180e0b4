package th.prongsai.web.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.Problem;

class ConsoleErrorsTest {

    @Test
    void eachKnownFieldGetsThePagesThaiMessageByItsLastName() throws Exception {
        Problem problem = new Problem(
                "https://prongsai.th/problems/validation",
                "Invalid",
                "ข้อมูลไม่ถูกต้อง",
                List.of(
                        new Problem.FieldError("create.body.website", "must be a well-formed URL"),
                        new Problem.FieldError("code", "must match \"[0-9]{7}\""),
                        new Problem.FieldError("nickname", "is odd")),
                Map.of());
        Constructor<ApiException.Invalid> constructor =
                ApiException.Invalid.class.getDeclaredConstructor(int.class, Problem.class);
        constructor.setAccessible(true);
        FormErrors errors = ConsoleErrors.from(
                        constructor.newInstance(400, problem), "national.tenant.error.", Set.of("code", "website"))
                .inOrder(List.of("code", "website"));
        assertThat(errors.get("website").key()).isEqualTo("national.tenant.error.website");
        assertThat(errors.get("code").key()).isEqualTo("national.tenant.error.code");
        assertThat(errors.get("nickname").text()).isEqualTo("is odd");
        assertThat(errors.all()).extracting(FormErrors.Issue::field).containsExactly("code", "website", "nickname");
    }
}
