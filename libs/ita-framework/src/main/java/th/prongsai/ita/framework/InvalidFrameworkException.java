package th.prongsai.ita.framework;

import java.util.List;
import java.util.stream.Collectors;

/** A framework that cannot be read or breaks a rule of {@link FrameworkValidator}; carries every violation found. */
public final class InvalidFrameworkException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidFrameworkException(List<Violation> violations) {
        super("invalid ITA framework: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
