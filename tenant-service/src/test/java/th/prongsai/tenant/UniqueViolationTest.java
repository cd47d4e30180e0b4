package th.prongsai.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Why a NUL in a tenant name answered 409 "tenant exists": PostgreSQL's refusal of NUL came as the same exception. */
class UniqueViolationTest {

    static DataIntegrityViolationException refused(String sqlState) {
        return new DataIntegrityViolationException(
                "could not execute statement", new RuntimeException(new SQLException("refused", sqlState)));
    }

    @Test
    void onlyAUniqueViolationMeansExists() {
        assertThat(UniqueViolation.of(refused("23505"))).isTrue();
        assertThat(UniqueViolation.of(refused("22021"))).as("NUL in text").isFalse();
        assertThat(UniqueViolation.of(refused("22001"))).as("value too long").isFalse();
        assertThat(UniqueViolation.of(refused("23503"))).as("foreign key").isFalse();
        assertThat(UniqueViolation.of(new DataIntegrityViolationException("no cause")))
                .isFalse();
    }
}
