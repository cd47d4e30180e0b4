package th.prongsai.gateway.tenant;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the tenant code that {@link TenantResolutionFilter} writes into the Reactor context into the
 * logging MDC (key {@code tenant}) wherever Reactor restores thread locals, next to the trace id.
 */
@Configuration(proxyBeanMethods = false)
class TenantLogContext {

    TenantLogContext() {
        ContextRegistry.getInstance()
                .registerThreadLocalAccessor(
                        TenantResolutionFilter.TENANT_KEY,
                        () -> MDC.get(TenantResolutionFilter.TENANT_KEY),
                        code -> MDC.put(TenantResolutionFilter.TENANT_KEY, code),
                        () -> MDC.remove(TenantResolutionFilter.TENANT_KEY));
    }
}
