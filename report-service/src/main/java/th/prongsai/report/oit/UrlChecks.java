package th.prongsai.report.oit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import th.prongsai.linkcheck.Verdict;

/**
 * The latest check of each URL of the tenant's OIT answers ({@code oit_url_checks}, keyed by fiscal year and URL,
 * since whether a page names the year depends on the year) and their history. Called inside the caller's tenant
 * transaction, so the SQL is unqualified.
 */
@Component
class UrlChecks {

    /** One check of a URL, as stored and shown; {@code verdictTh} says it in Thai. */
    record UrlCheck(
            String url,
            String verdict,
            String verdictTh,
            boolean live,
            @Nullable Integer httpStatus,
            @Nullable String finalUrl,
            @Nullable String contentType,
            @Nullable Long bytes,
            boolean truncated,
            int redirects,
            boolean onMainWebsite,
            boolean namesFiscalYear,
            long millis,
            Instant checkedAt) {}

    private final JdbcTemplate jdbc;

    UrlChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest check of each URL of the year that was ever checked, by URL. */
    Map<String, UrlCheck> latest(int fiscalYear) {
        Map<String, UrlCheck> byUrl = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM oit_url_checks WHERE fiscal_year = ? ORDER BY url", (rs, i) -> read(rs), fiscalYear)
                .forEach(check -> byUrl.put(check.url(), check));
        return byUrl;
    }

    /** Stores a check as the URL's latest and appends it to the history. */
    void save(int fiscalYear, UrlCheck c) {
        jdbc.update(
                """
                INSERT INTO oit_url_checks (fiscal_year, url, verdict, live, http_status, final_url, content_type,
                    bytes, truncated, redirects, on_main_website, names_fiscal_year, millis, checked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (fiscal_year, md5(url)) DO UPDATE SET verdict = excluded.verdict, live = excluded.live,
                    http_status = excluded.http_status, final_url = excluded.final_url,
                    content_type = excluded.content_type, bytes = excluded.bytes, truncated = excluded.truncated,
                    redirects = excluded.redirects, on_main_website = excluded.on_main_website,
                    names_fiscal_year = excluded.names_fiscal_year, millis = excluded.millis,
                    checked_at = excluded.checked_at""",
                fiscalYear,
                c.url(),
                c.verdict(),
                c.live(),
                c.httpStatus(),
                cut(c.finalUrl(), 2000),
                cut(c.contentType(), 200),
                c.bytes(),
                c.truncated(),
                c.redirects(),
                c.onMainWebsite(),
                c.namesFiscalYear(),
                c.millis(),
                Timestamp.from(c.checkedAt()));
        jdbc.update(
                "INSERT INTO oit_url_check_history (fiscal_year, url, verdict, live, http_status, checked_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                fiscalYear,
                c.url(),
                c.verdict(),
                c.live(),
                c.httpStatus(),
                Timestamp.from(c.checkedAt()));
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The checker's Thai words for the verdict, with the HTTP status when the server gave one. */
    static String verdictTh(String verdict, @Nullable Integer httpStatus) {
        String th;
        try {
            th = Verdict.valueOf(verdict).th();
        } catch (IllegalArgumentException e) {
            th = verdict; // a verdict a newer checker stored: shown as it is rather than failing the list
        }
        return httpStatus == null || Verdict.LIVE.name().equals(verdict) ? th : th + " (HTTP " + httpStatus + ")";
    }

    private static UrlCheck read(ResultSet rs) throws SQLException {
        String verdict = rs.getString("verdict");
        return new UrlCheck(
                rs.getString("url"),
                verdict,
                verdictTh(verdict, (Integer) rs.getObject("http_status")),
                rs.getBoolean("live"),
                (Integer) rs.getObject("http_status"),
                rs.getString("final_url"),
                rs.getString("content_type"),
                (Long) rs.getObject("bytes"),
                rs.getBoolean("truncated"),
                rs.getInt("redirects"),
                rs.getBoolean("on_main_website"),
                rs.getBoolean("names_fiscal_year"),
                rs.getLong("millis"),
                rs.getTimestamp("checked_at").toInstant());
    }
}
