package th.prongsai.analytics.scores;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code parked_score_events}: score entries of a tenant analytics has not heard of yet, set aside (and acknowledged)
 * so they do not hold back the entries behind them. Work on one tenant's entries runs under that tenant's
 * transaction-scoped advisory lock, so parking and releasing never miss each other.
 */
@Repository
class ParkedScores {

    record Parked(long id, String payload) {}

    private final JdbcTemplate jdbc;

    ParkedScores(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises this transaction with any other one parking or releasing the tenant's entries. */
    void lock(String tenant) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> {}, "analytics.parked:" + tenant);
    }

    void park(String tenant, String streamId, String payload) {
        jdbc.update(
                "INSERT INTO parked_score_events (tenant_code, stream_id, payload) VALUES (?, ?, ?)",
                tenant,
                streamId,
                payload);
    }

    /** The tenant's parked entries in stream order. */
    List<Parked> of(String tenant) {
        return jdbc.query(
                "SELECT id, payload FROM parked_score_events WHERE tenant_code = ? ORDER BY id",
                (rs, n) -> new Parked(rs.getLong(1), rs.getString(2)),
                tenant);
    }

    void remove(List<Parked> released) {
        jdbc.batchUpdate(
                "DELETE FROM parked_score_events WHERE id = ?",
                released.stream().map(p -> new Object[] {p.id()}).toList());
    }

    long count() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM parked_score_events", Long.class);
        return n == null ? 0 : n;
    }
}
