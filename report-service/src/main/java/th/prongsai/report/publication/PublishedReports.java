package th.prongsai.report.publication;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.tenancy.context.TenantContext;

/**
 * The current tenant's published report versions, for its public page: stored versions only, so a draft or a
 * report under review never appears. The SHA-256 is the PDF's, the one the version's public URL serves by default.
 */
@Service
class PublishedReports {

    record Entry(int fiscalYear, int version, Instant publishedAt, String sha256, List<String> formats, String url) {}

    private final JdbcTemplate jdbc;

    PublishedReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest year first, and within a year the newest version first. */
    @Transactional(readOnly = true)
    List<Entry> all() {
        String code = TenantContext.require().toString();
        return jdbc.query(
                """
                SELECT v.fiscal_year, v.number, v.published_at, pdf.sha256,
                       (SELECT string_agg(f.format, ',' ORDER BY f.format) FROM report_version_files f WHERE f.version_id = v.id)
                FROM report_versions v JOIN report_version_files pdf ON pdf.version_id = v.id AND pdf.format = 'pdf'
                ORDER BY v.fiscal_year DESC, v.number DESC""",
                (rs, i) -> new Entry(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        Arrays.asList(rs.getString(5).split(",")),
                        "/public/" + code + "/reports/" + rs.getInt(1) + "/versions/" + rs.getInt(2)));
    }
}
