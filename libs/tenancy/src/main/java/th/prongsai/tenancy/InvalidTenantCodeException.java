package th.prongsai.tenancy;

/** A tenant code that does not match {@code ^[a-z][a-z0-9-]{1,39}$}. */
public class InvalidTenantCodeException extends IllegalArgumentException {

    public InvalidTenantCodeException(String value) {
        super("Invalid tenant code: must match ^[a-z][a-z0-9-]{1,39}$ (given " + abbreviate(value) + ")");
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "nothing";
        }
        String shown = value.length() > 50 ? value.substring(0, 50) + "…" : value;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
