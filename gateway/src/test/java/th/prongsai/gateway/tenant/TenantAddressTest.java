package th.prongsai.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenantAddressTest {

    private static final List<String> PLATFORM =
            new TenantProperties(null, null, null, null, null, null).platformPaths();

    private static TenantAddress of(String path, String host) {
        return TenantAddress.of(path, host, "localhost", PLATFORM);
    }

    @Test
    void pathNamesTheTenant() {
        assertThat(of("/t/trat/api/departments", "localhost:8080"))
                .isEqualTo(new TenantAddress.Named("trat", "/t/trat/api/departments"));
        assertThat(of("/public/tak-bai/reports", null))
                .isEqualTo(new TenantAddress.Named("tak-bai", "/public/tak-bai/reports"));
        assertThat(of("/t/trat", null)).isEqualTo(new TenantAddress.Named("trat", "/t/trat"));
    }

    @Test
    void invalidCodesAreNamedAsGiven() {
        assertThat(of("/t/TRAT/api", null)).isEqualTo(new TenantAddress.Invalid("TRAT"));
        assertThat(of("/t/trat;drop/api", null)).isEqualTo(new TenantAddress.Invalid("trat;drop"));
        assertThat(of("/t/%74rat/api", null)).isEqualTo(new TenantAddress.Invalid("%74rat"));
        assertThat(of("/t//api", null)).isEqualTo(new TenantAddress.Invalid(""));
        assertThat(of("/t/..", null)).isEqualTo(new TenantAddress.Invalid(".."));
    }

    @Test
    void hostNamesTheTenantOnlyForTenantApiPaths() {
        assertThat(of("/api/departments", "Trat.LocalHost:8080"))
                .isEqualTo(new TenantAddress.Named("trat", "/t/trat/api/departments"));
        assertThat(of("/api/tenants", "trat.localhost")).isEqualTo(TenantAddress.NONE);
        assertThat(of("/api/auth/token", "trat.localhost")).isEqualTo(TenantAddress.NONE);
        assertThat(of("/api/analytics/x", "trat.localhost")).isEqualTo(TenantAddress.NONE);
        assertThat(of("/api/departments", "localhost")).isEqualTo(TenantAddress.NONE);
        assertThat(of("/api/departments", "a.b.localhost")).isEqualTo(TenantAddress.NONE);
        assertThat(of("/api/departments", "trat.example.org")).isEqualTo(TenantAddress.NONE);
        assertThat(of("/api/departments", "x_y.localhost")).isEqualTo(new TenantAddress.Invalid("x_y"));
        // an explicit tenant path wins over the host
        assertThat(of("/t/trang/api/x", "trat.localhost"))
                .isEqualTo(new TenantAddress.Named("trang", "/t/trang/api/x"));
    }
}
