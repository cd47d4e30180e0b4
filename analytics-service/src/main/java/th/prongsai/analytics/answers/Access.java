package th.prongsai.analytics.answers;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.TenantCode;

/**
 * Who sees which answer. National admins: everything. Provincial officers: the detail of their own province
 * (scorecards, rankings, summaries, data quality, trends) and aggregates of any scope. Municipal users: their
 * own tenant's scorecard and trends, and aggregates. Everyone else: 403. Other modules' answers (OIT readiness)
 * use the same rules.
 */
public record Access(Caller caller) {

    boolean admin() {
        return caller.has(Role.NATIONAL_ADMIN);
    }

    Optional<String> officerProvince() {
        return caller.has(Role.PROVINCIAL_OFFICER) ? caller.province() : Optional.empty();
    }

    Optional<String> ownTenant() {
        return caller.has(Role.MUNICIPAL_ADMIN) || caller.has(Role.MUNICIPAL_OFFICER)
                ? caller.tenant().map(TenantCode::value)
                : Optional.empty();
    }

    /** Aggregates (benchmarks, measure effects): every platform reader. */
    void aggregates() {
        if (!admin() && officerProvince().isEmpty() && ownTenant().isEmpty()) {
            throw forbidden();
        }
    }

    /** Detail of a whole province (rankings, summary, data quality). */
    public void province(String province) {
        if (admin() || officerProvince().filter(province::equals).isPresent()) {
            return;
        }
        throw forbidden();
    }

    /** Detail across all provinces (national rankings by type, national data quality). */
    public void national() {
        if (!admin()) {
            throw forbidden();
        }
    }

    /**
     * One agency's detail (scorecard, trends). {@code subject} null = no fact: 404 for those who could see it
     * if it existed, 403 for the rest (a municipal user learns nothing about other agencies).
     */
    Subject agency(String requestedCode, @Nullable Subject subject) {
        if (subject == null) {
            if (admin()
                    || officerProvince().isPresent()
                    || ownTenant().filter(requestedCode::equals).isPresent()) {
                throw ApiProblem.notFound("ผลการประเมินของหน่วยงาน " + requestedCode);
            }
            throw forbidden();
        }
        Subject s = subject;
        if (admin()
                || officerProvince().filter(s.province()::equals).isPresent()
                || ownTenant().filter(t -> t.equals(s.tenantCode())).isPresent()) {
            return s;
        }
        throw forbidden();
    }

    static ApiProblem forbidden() {
        return ApiProblem.forbidden("ไม่มีสิทธิ์ดูข้อมูลการวิเคราะห์นี้");
    }

    /** The agency an answer describes, as far as authorization needs it. */
    record Subject(String agencyCode, String tenantCode, String province) {}
}
