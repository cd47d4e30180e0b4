package th.prongsai.web.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Independent API calls of one page made side by side on virtual threads (a dashboard needs one answer per province
 * or per row), each with the signed-in user's sign-in and language, which the gateway client reads from its thread.
 * At most {@value #PER_PAGE} at once for a page and {@value #IN_ALL} for the whole web, so a page does not flood the
 * gateway. The batch's wall time and count go into the page's {@code Server-Timing: api}.
 */
@Component
public class ParallelCalls {

    static final int PER_PAGE = 12;
    static final int IN_ALL = 48;

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final Semaphore inAll = new Semaphore(IN_ALL);

    /** Every answer in the order asked; the first failure (in that order) is rethrown as it came from the API. */
    public <T> List<T> all(List<Supplier<T>> calls) {
        if (calls.isEmpty()) {
            return List.of();
        }
        long started = System.nanoTime();
        SecurityContext security = SecurityContextHolder.getContext();
        LocaleContext locale = LocaleContextHolder.getLocaleContext();
        Semaphore perPage = new Semaphore(PER_PAGE);
        List<Future<T>> futures = new ArrayList<>(calls.size());
        for (Supplier<T> call : calls) {
            futures.add(threads.submit(() -> {
                perPage.acquire();
                inAll.acquire();
                SecurityContextHolder.setContext(security);
                LocaleContextHolder.setLocaleContext(locale);
                try {
                    return call.get();
                } finally {
                    SecurityContextHolder.clearContext();
                    LocaleContextHolder.resetLocaleContext();
                    inAll.release();
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
        ApiTiming.record(System.nanoTime() - started, calls.size());
        if (failure != null) {
            throw failure;
        }
        return answers;
    }

    /** Like {@link #all}, but a refused or missing answer is a null instead of failing the page. */
    public <T> List<T> each(List<Supplier<T>> calls) {
        return all(calls.stream()
                .<Supplier<T>>map(call -> () -> {
                    try {
                        return call.get();
                    } catch (ApiException.NotFound | ApiException.Forbidden missing) {
                        return null;
                    }
                })
                .toList());
    }

    /** {@code call} applied to every item side by side, the answers in the items' order. */
    public <T, R> List<R> map(List<T> items, Function<T, R> call) {
        return all(
                items.stream().<Supplier<R>>map(item -> () -> call.apply(item)).toList());
    }
}
