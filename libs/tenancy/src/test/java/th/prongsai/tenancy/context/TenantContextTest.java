package th.prongsai.tenancy.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import th.prongsai.tenancy.TenantCode;

class TenantContextTest {

    private static final TenantCode TRAT = TenantCode.of("trat");
    private static final TenantCode TRANG = TenantCode.of("trang");

    @Test
    void noTenantIsARefusalNotADefault() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(TenantContext::require).isInstanceOf(MissingTenantException.class);
    }

    @Test
    void runSetsTheTenantOnlyForTheWork() {
        TenantContext.run(TRAT, () -> assertThat(TenantContext.require()).isEqualTo(TRAT));

        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void nestedCallsRestoreTheOuterTenant() {
        String seen = TenantContext.supply(TRAT, () -> {
            String inner =
                    TenantContext.supply(TRANG, () -> TenantContext.require().value());
            return inner + "," + TenantContext.require().value();
        });

        assertThat(seen).isEqualTo("trang,trat");
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void theTenantIsClearedAfterAFailure() {
        assertThatThrownBy(() -> TenantContext.run(TRAT, () -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThatThrownBy(() -> TenantContext.call(TRAT, () -> {
                    throw new IOException("io");
                }))
                .isInstanceOf(IOException.class);

        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void aPooledThreadDoesNotCarryATenantIntoTheNextTask() throws Exception {
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            pool.submit(() -> TenantContext.run(TRAT, () -> {})).get();
            assertThat(pool.submit(TenantContext::current).get()).isEmpty();
            Runnable wrapped = TenantContext.supply(
                    TRANG,
                    () -> TenantContext.wrap(
                            () -> assertThat(TenantContext.require()).isEqualTo(TRANG)));
            pool.submit(wrapped).get();
            assertThat(pool.submit(TenantContext::current).get()).isEmpty();
        }
    }

    @Test
    void aNullTenantIsRejected() {
        assertThatThrownBy(() -> TenantContext.run(null, () -> {})).isInstanceOf(NullPointerException.class);
    }
}
