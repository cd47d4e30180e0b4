package th.prongsai.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void readsThePlatformClaims() {
        Caller caller =
                Caller.fromClaims("trat.officer", Map.of("roles", List.of("MUNICIPAL_OFFICER"), "tenant", "trat"));
        assertThat(caller.username()).isEqualTo("trat.officer");
        assertThat(caller.roles()).containsExactly(Role.MUNICIPAL_OFFICER);
        assertThat(caller.tenant()).contains(TenantCode.of("trat"));
        assertThat(caller.province()).isEmpty();
    }

    @Test
    void unknownRolesAndInvalidTenantsGrantNothing() {
        Caller caller = Caller.fromClaims(
                "x", Map.of("roles", List.of("ROOT", "national_admin"), "tenant", "TRAT;drop", "province", "23"));
        assertThat(caller.roles()).isEmpty();
        assertThat(caller.tenant()).isEmpty();
        assertThat(caller.province()).isEqualTo(Optional.of("23"));
    }

    @Test
    void aProvinceThatIsNotTwoDigitsIsDropped() {
        assertThat(Caller.fromClaims("p", Map.of("roles", List.of("PROVINCIAL_OFFICER"), "province", "2"))
                        .province())
                .isEmpty();
        assertThat(Caller.fromClaims("p", Map.of("province", "23;x")).province())
                .isEmpty();
    }

    @Test
    void rolesClaimThatIsNotAListGrantsNothing() {
        assertThat(Caller.fromClaims("x", Map.of("roles", "NATIONAL_ADMIN")).roles())
                .isEmpty();
    }
}
