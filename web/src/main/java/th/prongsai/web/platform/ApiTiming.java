package th.prongsai.web.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * How much of a page's time went to the platform APIs it called, sent as {@code Server-Timing: api;dur=…}
 * (browsers' developer tools show it; {@code bench/web} reads it). Pages call the APIs before they render,
 * so the header is set when the controller is done and the view has not started.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiTiming extends OncePerRequestFilter implements HandlerInterceptor {

    private static final ThreadLocal<long[]> SPENT = new ThreadLocal<>();

    /** Adds one API call's duration to the current request's total (no-op outside a request, as on a worker thread). */
    static void record(long nanos) {
        record(nanos, 1);
    }

    /** Adds the wall time of calls made side by side ({@link ParallelCalls}), counted as {@code calls}. */
    static void record(long nanos, int calls) {
        long[] spent = SPENT.get();
        if (spent != null) {
            spent[0] += nanos;
            spent[1] += calls;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SPENT.set(new long[2]);
        try {
            chain.doFilter(request, response);
        } finally {
            SPENT.remove();
        }
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        long[] spent = SPENT.get();
        if (spent != null && !response.isCommitted()) {
            response.setHeader(
                    "Server-Timing",
                    String.format(Locale.ROOT, "api;dur=%.1f;desc=\"%d calls\"", spent[0] / 1e6, spent[1]));
        }
    }
}
