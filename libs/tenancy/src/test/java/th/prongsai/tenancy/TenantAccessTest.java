package th.prongsai.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static th.prongsai.tenancy.TenantAccess.Intent.READ;
import static th.prongsai.tenancy.TenantAccess.Intent.WRITE;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantAccessTest {

    private static final TenantCode TRAT = TenantCode.of("trat");
    private static final String TRAT_PROVINCE = "23";

    private static Caller caller(String who) {
        return switch (who) {
            case "national" -> new Caller("admin", Set.of(Role.NATIONAL_ADMIN), null, null);
            case "province-own" -> new Caller("p", Set.of(Role.PROVINCIAL_OFFICER), null, "23");
            case "province-other" -> new Caller("p", Set.of(Role.PROVINCIAL_OFFICER), null, "92");
            case "province-none" -> new Caller("p", Set.of(Role.PROVINCIAL_OFFICER), null, null);
            case "officer-own" -> new Caller("o", Set.of(Role.MUNICIPAL_OFFICER), TRAT, null);
            case "officer-other" -> new Caller("o", Set.of(Role.MUNICIPAL_OFFICER), TenantCode.of("trang"), null);
            case "admin-own" -> new Caller("a", Set.of(Role.MUNICIPAL_ADMIN), TRAT, null);
            case "admin-other" -> new Caller("a", Set.of(Role.MUNICIPAL_ADMIN), TenantCode.of("tak-bai"), null);
            case "municipal-without-tenant" -> new Caller("x", Set.of(Role.MUNICIPAL_OFFICER), null, null);
            case "service" -> new Caller("tenant-service", Set.of(Role.SERVICE), null, null);
            case "nobody" -> new Caller("n", Set.of(), null, null);
            default -> throw new IllegalArgumentException(who);
        };
    }

    @ParameterizedTest(name = "{0}: read {1}, write {2}")
    @CsvSource({
        "national,                 true,  true",
        "province-own,             true,  false",
        "province-other,           false, false",
        "province-none,            false, false",
        "officer-own,              true,  true",
        "officer-other,            false, false",
        "admin-own,                true,  true",
        "admin-other,              false, false",
        "municipal-without-tenant, false, false",
        "service,                  false, false",
        "nobody,                   false, false"
    })
    void matrix(String who, boolean mayRead, boolean mayWrite) {
        assertThat(TenantAccess.decide(caller(who), TRAT, TRAT_PROVINCE, READ).allowed())
                .isEqualTo(mayRead);
        assertThat(TenantAccess.decide(caller(who), TRAT, TRAT_PROVINCE, WRITE).allowed())
                .isEqualTo(mayWrite);
    }

    @ParameterizedTest
    @CsvSource({"GET, READ", "HEAD, READ", "OPTIONS, READ", "POST, WRITE", "PUT, WRITE", "PATCH, WRITE", "DELETE, WRITE"
    })
    void intentFollowsTheMethod(String method, TenantAccess.Intent intent) {
        assertThat(TenantAccess.intentOf(method)).isEqualTo(intent);
    }

    @ParameterizedTest
    @CsvSource({"province-own", "officer-other", "nobody"})
    void refusalsSayWhy(String who) {
        var decision = TenantAccess.decide(caller(who), TRAT, TRAT_PROVINCE, WRITE);
        assertThat(decision).isInstanceOf(TenantAccess.Decision.Refused.class);
        assertThat(((TenantAccess.Decision.Refused) decision).reason()).isNotBlank();
    }
}
