package th.prongsai.web.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import th.prongsai.web.layout.FormErrors;
import th.prongsai.web.platform.Problem;
import th.prongsai.web.platform.Refusals;

class ConsoleErrorsTest {

    @Test
    void eachKnownFieldGetsThePagesThaiMessageByItsLastName() {
        var refusal = Refusals.invalid(
                "validation",
                "ข้อมูลไม่ถูกต้อง",
                new Problem.FieldError("create.body.website", "must be a well-formed URL"),
                new Problem.FieldError("code", "must match \"[0-9]{7}\""),
                new Problem.FieldError("nickname", "is odd"));
        FormErrors errors = ConsoleErrors.from(refusal, "national.tenant.error.", Set.of("code", "website"))
                .inOrder(List.of("code", "website"));
        assertThat(errors.get("website").key()).isEqualTo("national.tenant.error.website");
        assertThat(errors.get("code").key()).isEqualTo("national.tenant.error.code");
        assertThat(errors.get("nickname").text()).isEqualTo("is odd");
        assertThat(errors.all()).extracting(FormErrors.Issue::field).containsExactly("code", "website", "nickname");
    }
}
