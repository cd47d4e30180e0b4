package th.prongsai.tenancy.guard;

import java.util.Optional;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.security.Callers;

/** The verified caller of the current request, or empty when the request carries no verified token. */
@FunctionalInterface
public interface CallerResolver {

    Optional<Caller> current();

    /** The caller Spring Security verified (see {@link Callers}). */
    static CallerResolver fromSecurityContext() {
        return Callers::find;
    }
}
