package th.prongsai.web.province;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import th.prongsai.web.platform.ApiException;

/**
 * A dashboard needs dozens of independent API answers (one scorecard per row shown): they are fetched side by side
 * on virtual threads, each carrying the user's sign-in and language, at most {@value #AT_ONCE} at a time so one page
 * does not flood the gateway. The wall time of these batches is reported by {@link ProvinceTiming}, because the
 * shared {@code Server-Timing: api} only counts calls made on the request's own thread.
 */
@Component
class Parallel {

    static final String WALL = Parallel.class.getName() + ".wall";
    static final String CALLS = Parallel.class.getName() + ".calls";
    private static final int AT_ONCE = 8;

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore gate = new Semaphore(AT_ONCE * 4);

    /** Every answer in the order asked; the first failure (in that order) is rethrown as it came from the API. */
    <T> List<T> all(List<Supplier<T>> calls) {
        if (calls.isEmpty()) {
            return List.of();
        }
        long started = System.nanoTime();
        SecurityContext security = SecurityContextHolder.getContext();
        LocaleContext locale = LocaleContextHolder.getLocaleContext();
        Semaphore perPage = new Semaphore(AT_ONCE);
        List<Future<T>> futures = new ArrayList<>(calls.size());
        for (Supplier<T> call : calls) {
            futures.add(threads.submit(() -> {
                perPage.acquire();
                gate.acquire();
                SecurityContextHolder.setContext(security);
                LocaleContextHolder.setLocaleContext(locale);
                try {
                    return call.get();
                } finally {
                    SecurityContextHolder.clearContext();
                    LocaleContextHolder.resetLocaleContext();
                    gate.release();
                    perPage.release();
                }
            }));
        }
        List<T> answers = new ArrayList<>(calls.size());
        RuntimeException failure = null;
        for (Future<T> future : futures) {
            try {
                answers.add(future.get());
            } catch (ExecutionException e) {
                answers.add(null);
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the platform", e);
            }
        }
        record(System.nanoTime() - started, calls.size());
        if (failure != null) {
            throw failure;
        }
        return answers;
    }

    /** Like {@link #all} but a refusal or absence of one answer leaves a null instead of failing the page. */
    <T> List<T> each(List<Supplier<T>> calls) {
        List<Supplier<T>> tolerant = calls.stream().<Supplier<T>>map(call -> () -> {
            try {
                return call.get();
            } catch (ApiException.NotFound | ApiException.Forbidden missing) {
                return null;
            }
        }).toList();
        return all(tolerant);
    }

    private static void record(long nanos, int count) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            long wall = request.getAttribute(WALL) instanceof Long w ? w : 0L;
            int calls = request.getAttribute(CALLS) instanceof Integer c ? c : 0;
            request.setAttribute(WALL, wall + nanos);
            request.setAttribute(CALLS, calls + count);
        }
    }
}
