package th.prongsai.tenancy.guard;

import io.micrometer.common.KeyValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import th.prongsai.platform.web.ServletProblems;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.TenantAccess;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.TenantRefusal;
import th.prongsai.tenancy.context.TenantContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Repeats the gateway's tenant checks for {@code /t/{code}/**} inside a service (defence in depth), then runs
 * the request as that tenant: {@link TenantContext} set, the tenant in the MDC (logs) and on the trace span.
 * A request must carry the gateway's {@link GatewayProof} for the path's tenant and the caller's token, so a
 * direct call (which would bypass the gateway's firewall and rate limit) is refused whatever headers it sets.
 * Must run after Spring Security has verified the token.
 */
public class TenantGuardFilter extends OncePerRequestFilter {

    /** MDC key that carries the tenant code into every log line of the request. */
    public static final String MDC_TENANT = "tenant";

    private static final String PREFIX = "/t/";

    private final TenantDirectory directory;
    private final CallerResolver callers;
    private final GatewayProof proof;
    private final JsonMapper json;

    public TenantGuardFilter(TenantDirectory directory, CallerResolver callers, GatewayProof proof, JsonMapper json) {
        this.directory = directory;
        this.callers = callers;
        this.proof = proof;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith(PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String rest = path(request).substring(PREFIX.length());
        int slash = rest.indexOf('/');
        String raw = slash < 0 ? rest : rest.substring(0, slash);
        Optional<TenantCode> parsed = TenantCode.parse(raw);
        if (parsed.isEmpty()) {
            problem(request, response, TenantRefusal.INVALID_TENANT_CODE);
            return;
        }
        TenantCode tenant = parsed.get();
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty()) {
            problem(request, response, TenantRefusal.NO_VALID_TOKEN);
            return;
        }
        if (!proof.verifies(
                tenant.value(),
                GatewayProof.bearerToken(request.getHeader("Authorization")),
                request.getHeader(GatewayProof.HEADER))) {
            problem(request, response, TenantRefusal.NOT_THROUGH_THE_GATEWAY, tenant);
            return;
        }
        Optional<TenantDirectory.Entry> entry = directory.find(tenant);
        if (entry.isEmpty()) {
            problem(request, response, TenantRefusal.UNKNOWN_TENANT, tenant);
            return;
        }
        switch (entry.get().status()) {
            case SUSPENDED -> {
                problem(request, response, TenantRefusal.TENANT_SUSPENDED, tenant);
                return;
            }
            case UNAVAILABLE -> {
                problem(request, response, TenantRefusal.TENANT_UNAVAILABLE, tenant);
                return;
            }
            case ACTIVE -> {}
        }
        TenantAccess.Decision decision = TenantAccess.decide(
                caller.get(), tenant, entry.get().province(), TenantAccess.intentOf(request.getMethod()));
        if (decision instanceof TenantAccess.Decision.Refused(String reason)) {
            problem(request, response, TenantRefusal.ACCESS_REFUSED, tenant, reason);
            return;
        }
        MDC.put(MDC_TENANT, tenant.value());
        // High-cardinality: goes on the request's trace span, never on its metrics.
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(
                        observation -> observation.addHighCardinalityKeyValue(KeyValue.of(MDC_TENANT, tenant.value())));
        try {
            TenantContext.call(tenant, () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        } finally {
            MDC.remove(MDC_TENANT);
        }
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private void problem(
            HttpServletRequest request, HttpServletResponse response, TenantRefusal refusal, Object... detailValues)
            throws IOException {
        ServletProblems.write(
                json,
                request,
                response,
                refusal.status(),
                refusal.slug(),
                refusal.title(),
                refusal.detail(detailValues));
    }
}
