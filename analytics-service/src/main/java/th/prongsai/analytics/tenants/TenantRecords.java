package th.prongsai.analytics.tenants;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.events.TenantEvent;

/** The analytics copy of the tenant registry. */
@Repository
public class TenantRecords {

    private static final RowMapper<TenantRecord> ROW = (rs, i) -> new TenantRecord(
            rs.getString("code"),
            rs.getString("name_th"),
            rs.getString("name_en"),
            rs.getString("lao_type"),
            rs.getString("province"),
            rs.getString("status"),
            rs.getTimestamp("last_event_at").toInstant());

    private final JdbcTemplate jdbc;

    TenantRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies an event once: a redelivered event id changes nothing, and an older event never
     * overwrites a newer state (events of one tenant may arrive out of order after a replay).
     *
     * @return whether the event was new
     */
    @Transactional
    boolean apply(TenantEvent event) {
        int fresh = jdbc.update(
                "INSERT INTO processed_events (event_id) VALUES (?) ON CONFLICT DO NOTHING", event.eventId());
        if (fresh == 0) {
            return false;
        }
        jdbc.update(
                """
                INSERT INTO tenants (code, name_th, name_en, lao_type, province, status, last_event_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name_th = EXCLUDED.name_th, name_en = EXCLUDED.name_en,
                    lao_type = EXCLUDED.lao_type, province = EXCLUDED.province, status = EXCLUDED.status,
                    last_event_at = EXCLUDED.last_event_at
                WHERE tenants.last_event_at <= EXCLUDED.last_event_at
                """,
                event.code(),
                event.nameTh(),
                event.nameEn(),
                event.type(),
                event.province(),
                event.status(),
                Timestamp.from(event.occurredAt()));
        return true;
    }

    List<TenantRecord> all(int limit) {
        return jdbc.query("SELECT * FROM tenants ORDER BY code LIMIT ?", ROW, limit);
    }

    List<TenantRecord> inProvince(String province, int limit) {
        return jdbc.query("SELECT * FROM tenants WHERE province = ? ORDER BY code LIMIT ?", ROW, province, limit);
    }

    public List<TenantRecord> byCode(String code) {
        return jdbc.query("SELECT * FROM tenants WHERE code = ?", ROW, code);
    }
}
