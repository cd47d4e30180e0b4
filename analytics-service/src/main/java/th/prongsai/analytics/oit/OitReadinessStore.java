package th.prongsai.analytics.oit;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.events.OitReadinessChanged;

/**
 * {@code oit_readiness}: the newest readiness of each tenant and fiscal year, and the three questions asked of it.
 * Every list is one SQL statement over the year's rows, joined to the tenants read model (and, for the association,
 * to the real dataset's score facts of the same year).
 */
@Repository
class OitReadinessStore {

    /** The answer cache generation every OIT answer depends on. */
    static final String GENERATION = "oit";

    private static final String UPSERT = """
            INSERT INTO oit_readiness (tenant_code, fiscal_year, items, ready, share_percent, missing, broken,
                                       off_site, wrong_year, not_checked, itas_closes, occurred_at)
            VALUES (:tenant, :fy, :items, :ready, :share, :missing, :broken, :offSite, :wrongYear, :notChecked,
                    :itasCloses, :occurredAt)
            ON CONFLICT (tenant_code, fiscal_year) DO UPDATE SET items = EXCLUDED.items, ready = EXCLUDED.ready,
                share_percent = EXCLUDED.share_percent, missing = EXCLUDED.missing, broken = EXCLUDED.broken,
                off_site = EXCLUDED.off_site, wrong_year = EXCLUDED.wrong_year, not_checked = EXCLUDED.not_checked,
                itas_closes = EXCLUDED.itas_closes, occurred_at = EXCLUDED.occurred_at
            WHERE oit_readiness.occurred_at < EXCLUDED.occurred_at""";

    // Worst first: no answer at all, then the lowest share; archived or failed tenants are not followed up.
    private static final String PROVINCE = """
            SELECT t.code, t.name_th, t.name_en, t.lao_type, r.items, r.ready, r.share_percent, r.missing, r.broken,
                   r.off_site, r.wrong_year, r.not_checked, r.itas_closes, r.occurred_at
            FROM tenants t
            LEFT JOIN oit_readiness r ON r.tenant_code = t.code AND r.fiscal_year = :fy
            WHERE t.province = :province AND t.status IN ('ACTIVE', 'SUSPENDED')
            ORDER BY r.tenant_code IS NOT NULL, r.share_percent ASC NULLS FIRST, r.ready, t.code""";

    private static final String NATIONAL = """
            SELECT t.province, count(*) AS municipalities, count(r.tenant_code) AS reporting,
                   avg(r.share_percent) AS mean_share, count(r.share_percent) AS with_share,
                   coalesce(sum(r.share_percent), 0) AS share_sum,
                   count(*) FILTER (WHERE r.share_percent >= 80) AS at_least_80,
                   count(*) FILTER (WHERE r.share_percent < 50) AS below_50,
                   coalesce(sum(r.ready), 0) AS ready, coalesce(sum(r.items), 0) AS items,
                   coalesce(sum(r.missing), 0) AS missing, coalesce(sum(r.broken), 0) AS broken,
                   coalesce(sum(r.off_site), 0) AS off_site, coalesce(sum(r.wrong_year), 0) AS wrong_year
            FROM tenants t
            LEFT JOIN oit_readiness r ON r.tenant_code = t.code AND r.fiscal_year = :fy
            WHERE t.status IN ('ACTIVE', 'SUSPENDED')
            GROUP BY t.province ORDER BY mean_share ASC NULLS FIRST, t.province""";

    // Bands [0,25), [25,50), [50,75), [75,100]; the OIT tool mean of the year's result, real dataset only.
    private static final String ASSOCIATION = """
            SELECT least(floor(r.share_percent / 25), 3)::int AS band, count(*) AS n,
                   count(f.oit) AS scored, avg(f.oit) AS mean_oit
            FROM oit_readiness r
            LEFT JOIN score_facts f ON f.dataset = 'real' AND f.fiscal_year = r.fiscal_year
                                   AND f.agency_code = r.tenant_code
            WHERE r.fiscal_year = :fy AND r.share_percent IS NOT NULL
            GROUP BY 1 ORDER BY 1""";

    private final NamedParameterJdbcTemplate sql;

    OitReadinessStore(NamedParameterJdbcTemplate sql) {
        this.sql = sql;
    }

    /** Stores the event unless the row already holds a state as new or newer; returns whether it changed. */
    @Transactional
    boolean apply(OitReadinessChanged e) {
        return sql.update(
                        UPSERT,
                        new MapSqlParameterSource("tenant", e.tenant())
                                .addValue("fy", e.fiscalYear())
                                .addValue("items", e.items())
                                .addValue("ready", e.ready())
                                .addValue("share", e.sharePercent())
                                .addValue("missing", e.missing())
                                .addValue("broken", e.broken())
                                .addValue("offSite", e.offSite())
                                .addValue("wrongYear", e.wrongYear())
                                .addValue("notChecked", e.notChecked())
                                .addValue("itasCloses", e.itasCloses() == null ? null : Date.valueOf(e.itasCloses()))
                                .addValue("occurredAt", Timestamp.from(e.occurredAt())))
                > 0;
    }

    List<Municipality> province(String province, int fy) {
        return sql.query(
                PROVINCE,
                new MapSqlParameterSource("province", province).addValue("fy", fy),
                (rs, i) -> new Municipality(
                        rs.getString("code"),
                        rs.getString("name_th"),
                        rs.getString("name_en"),
                        rs.getString("lao_type"),
                        readiness(rs)));
    }

    List<ProvinceRow> national(int fy) {
        return sql.query(
                NATIONAL,
                new MapSqlParameterSource("fy", fy),
                (rs, i) -> new ProvinceRow(
                        rs.getString("province"),
                        rs.getLong("municipalities"),
                        rs.getLong("reporting"),
                        rs.getBigDecimal("mean_share"),
                        rs.getLong("with_share"),
                        rs.getBigDecimal("share_sum"),
                        rs.getLong("at_least_80"),
                        rs.getLong("below_50"),
                        rs.getLong("ready"),
                        rs.getLong("items"),
                        rs.getLong("missing"),
                        rs.getLong("broken"),
                        rs.getLong("off_site"),
                        rs.getLong("wrong_year")));
    }

    List<BandRow> association(int fy) {
        return sql.query(
                ASSOCIATION,
                new MapSqlParameterSource("fy", fy),
                (rs, i) -> new BandRow(
                        rs.getInt("band"), rs.getLong("n"), rs.getLong("scored"), rs.getBigDecimal("mean_oit")));
    }

    private static @Nullable Readiness readiness(ResultSet rs) throws SQLException {
        Timestamp occurred = rs.getTimestamp("occurred_at");
        if (occurred == null) {
            return null;
        }
        Date closes = rs.getDate("itas_closes");
        return new Readiness(
                rs.getInt("items"),
                rs.getInt("ready"),
                rs.getBigDecimal("share_percent"),
                rs.getInt("missing"),
                rs.getInt("broken"),
                rs.getInt("off_site"),
                rs.getInt("wrong_year"),
                rs.getInt("not_checked"),
                closes == null ? null : closes.toLocalDate(),
                occurred.toInstant());
    }

    /** One municipality's stored readiness. */
    record Readiness(
            int items,
            int ready,
            @Nullable BigDecimal sharePercent,
            int missing,
            int broken,
            int offSite,
            int wrongYear,
            int notChecked,
            @Nullable LocalDate itasCloses,
            Instant updatedAt) {}

    /** A municipality of the province; {@code readiness} null = it never answered for the year. */
    record Municipality(
            String code,
            String nameTh,
            @Nullable String nameEn,
            String laoType,
            @Nullable Readiness readiness) {}

    record ProvinceRow(
            String province,
            long municipalities,
            long reporting,
            @Nullable BigDecimal meanShare,
            long withShare,
            BigDecimal shareSum,
            long atLeast80,
            long below50,
            long ready,
            long items,
            long missing,
            long broken,
            long offSite,
            long wrongYear) {}

    /** band 0..3 = 0–25, 25–50, 50–75, 75–100 %. */
    record BandRow(int band, long n, long scored, @Nullable BigDecimal meanOit) {}
}
