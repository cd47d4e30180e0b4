package th.prongsai.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A municipality's code (รหัสหน่วยงาน), e.g. {@code trat}. Validated before it gets anywhere near SQL;
 * the schema name is derived from it, never taken from input.
 */
public record TenantCode(String value) {

    private static final Pattern VALID = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");
    public static final String SCHEMA_PREFIX = "t_";

    public TenantCode {
        Objects.requireNonNull(value, "tenant code");
        if (!VALID.matcher(value).matches()) {
            throw new InvalidTenantCodeException(value);
        }
    }

    public static TenantCode of(String value) {
        return new TenantCode(value);
    }

    /** The code, or empty when the text is not a valid tenant code. */
    public static Optional<TenantCode> parse(String value) {
        return value != null && VALID.matcher(value).matches() ? Optional.of(new TenantCode(value)) : Optional.empty();
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    /** {@code t_<code>} with hyphens as underscores; codes have no underscore, so the mapping is one-to-one. */
    public String schemaName() {
        return SCHEMA_PREFIX + value.replace('-', '_');
    }

    @Override
    public String toString() {
        return value;
    }
}
