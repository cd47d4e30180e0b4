package th.prongsai.tenancy.context;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import th.prongsai.tenancy.TenantCode;

/**
 * The tenant of the current request or job. Only set through {@link #run} / {@link #call}, which always
 * restore what was there before, so a pooled thread can never carry a tenant into the next piece of work.
 * There is no default tenant: {@link #require()} refuses when none is set.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantCode> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<TenantCode> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or {@link MissingTenantException}. */
    public static TenantCode require() {
        TenantCode tenant = CURRENT.get();
        if (tenant == null) {
            throw new MissingTenantException();
        }
        return tenant;
    }

    public static void run(TenantCode tenant, Runnable work) {
        Objects.requireNonNull(work, "work");
        supply(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} as {@code tenant}; checked exceptions pass through unchanged. */
    public static <T> T call(TenantCode tenant, Callable<T> work) throws Exception {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(work, "work");
        TenantCode previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Like {@link #call} for work without checked exceptions. */
    public static <T> T supply(TenantCode tenant, Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        try {
            return call(tenant, work::get);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("unreachable: a Supplier throws no checked exception", e);
        }
    }

    /** A task that runs as the tenant current now, for handing work to another thread. */
    public static Runnable wrap(Runnable work) {
        TenantCode tenant = require();
        return () -> run(tenant, work);
    }
}
