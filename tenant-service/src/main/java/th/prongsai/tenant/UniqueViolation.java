package th.prongsai.tenant;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Whether a failed write broke a unique constraint (PostgreSQL's 23505). Spring reports other refusals, such as a
 * NUL in text (22021) or a value too long (22001), as the same exception; those are not "already exists".
 */
public final class UniqueViolation {

    private UniqueViolation() {}

    public static boolean of(DataIntegrityViolationException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
