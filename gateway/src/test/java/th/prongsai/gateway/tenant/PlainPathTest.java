package th.prongsai.gateway.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainPathTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/t/trat/api/departments",
                "/api/tenants",
                "/public/trat/reports/2568",
                "/t/trat/api/search%20term",
                "/t/%E0%B8%95/api",
                "/"
            })
    void ordinaryPathsPass(String path) {
        assertThat(TenantResolutionFilter.isPlain(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/t/trat/../../internal/tenants/x/schema",
                "/t/trat/..",
                "/t/./trat",
                "/t/trat/%2e%2e/x",
                "/t/trat/..%2F..%2Finternal",
                "/t/trat;x/api",
                "/t/trat/%3b",
                "/t\\trat",
                "/t/trat/%5c",
                "/t/trat%00"
            })
    void traversalAndAmbiguousPathsAreRefused(String path) {
        assertThat(TenantResolutionFilter.isPlain(path)).isFalse();
    }
}
