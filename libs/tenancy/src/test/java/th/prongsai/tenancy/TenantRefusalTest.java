package th.prongsai.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantRefusalTest {

    @Test
    void everyDetailIsThaiAndNamesTheTenantItIsGiven() {
        for (TenantRefusal refusal : TenantRefusal.values()) {
            String detail = refusal.detail("trat", "This account may not act on tenant trat");
            assertThat(detail).as(refusal.name()).doesNotContain("%").containsPattern("[\\u0E00-\\u0E7F]");
            assertThat(refusal.status().isError()).as(refusal.name()).isTrue();
            assertThat(refusal.slug()).as(refusal.name()).matches("[a-z]+(-[a-z]+)*");
        }
        assertThat(TenantRefusal.UNKNOWN_TENANT.detail("trat")).isEqualTo("ไม่พบหน่วยงาน trat");
        assertThat(TenantRefusal.ACCESS_REFUSED.detail(TenantCode.of("trat"), "read only"))
                .isEqualTo("ไม่มีสิทธิ์ดำเนินการกับหน่วยงาน trat (read only)");
    }
}
