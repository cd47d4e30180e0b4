package th.prongsai.web.national.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * API calls made side by side on virtual threads, each with the signed-in user's security context and locale (the
 * gateway client reads both from the thread). The dashboard needs one answer per province and per year; one after
 * another they would take seconds. At most {@link #WIDTH} at once, so one page does not flood the gateway.
 */
final class Parallel {

    static final int WIDTH = 12;

    private Parallel() {
    }

    /** {@code call} applied to every item, answers in the items' order; the first failure is rethrown as it was. */
    static <T, R> List<R> map(List<T> items, Function<T, R> call) {
        SecurityContext security = SecurityContextHolder.getContext();
        Locale locale = LocaleContextHolder.getLocale();
        Semaphore width = new Semaphore(WIDTH);
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(executor.submit(() -> {
                    width.acquire();
                    SecurityContextHolder.setContext(security);
                    LocaleContextHolder.setLocale(locale);
                    try {
                        return call.apply(item);
                    } finally {
                        SecurityContextHolder.clearContext();
                        LocaleContextHolder.resetLocaleContext();
                        width.release();
                    }
                }));
            }
            List<R> answers = new ArrayList<>(futures.size());
            for (Future<R> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
