package th.prongsai.analytics.facts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.Level;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.security.Callers;

/**
 * {@code GET /api/analytics/agencies/{agencyCode}/{fy}}: one stored fact. National admins read any; a provincial
 * officer the agencies of their province; municipal users only their own tenant's row.
 */
@RestController
@RequestMapping("/api/analytics/agencies")
class AgenciesController {

    private static final Pattern DLA_CODE = Pattern.compile("\\d{7}");

    private final FactStore facts;
    private final AnalyticsFrameworks frameworks;

    AgenciesController(FactStore facts, AnalyticsFrameworks frameworks) {
        this.facts = facts;
        this.frameworks = frameworks;
    }

    @GetMapping("/{agencyCode}/{fy}")
    AgencyFactView read(
            @PathVariable String agencyCode, @PathVariable String fy, @RequestParam(required = false) String dataset) {
        if (!DLA_CODE.matcher(agencyCode).matches() && !TenantCode.isValid(agencyCode)) {
            throw ApiProblem.invalid("agencyCode", "must be a 7-digit DLA code or a tenant code");
        }
        int fiscalYear = fiscalYear(fy);
        Dataset which = Dataset.parse(dataset);
        Caller caller = Callers.current();
        boolean admin = caller.has(Role.NATIONAL_ADMIN);
        boolean officer =
                caller.has(Role.PROVINCIAL_OFFICER) && caller.province().isPresent();
        String ownTenant = caller.tenant()
                .filter(t -> caller.has(Role.MUNICIPAL_ADMIN) || caller.has(Role.MUNICIPAL_OFFICER))
                .map(TenantCode::value)
                .orElse(null);
        if (!admin && !officer && ownTenant == null) {
            throw forbidden();
        }
        Fact fact = facts.find(which, agencyCode, fiscalYear).orElse(null);
        boolean mayRead = admin
                || (fact != null
                        && officer
                        && caller.province().get().equals(fact.agency().province()))
                || (fact != null
                        && ownTenant != null
                        && ownTenant.equals(fact.agency().tenantCode()));
        if (fact == null) {
            // a municipal user learns nothing about other agencies, not even whether they have a fact
            if (admin || officer || ownTenant.equals(agencyCode)) {
                throw ApiProblem.notFound("ผลการประเมินของหน่วยงาน " + agencyCode + " ปีงบประมาณ " + fiscalYear);
            }
            throw forbidden();
        }
        if (!mayRead) {
            throw forbidden();
        }
        return view(fact);
    }

    private AgencyFactView view(Fact fact) {
        Framework framework = frameworks.find(fact.fiscalYear()).orElse(null);
        Level level = framework == null
                ? null
                : framework.levelScheme().levels().stream()
                        .filter(l -> l.code().equals(fact.levelCode()))
                        .findFirst()
                        .orElse(null);
        Map<String, BigDecimal> tools = new LinkedHashMap<>();
        tools.put("IIT", fact.iit());
        tools.put("EIT", fact.eit());
        tools.put("OIT", fact.oit());
        Agency agency = fact.agency();
        return new AgencyFactView(
                agency.code(),
                fact.fiscalYear(),
                fact.dataset().key(),
                fact.dataset() == Dataset.SYNTHETIC,
                agency.nameTh(),
                agency.laoType(),
                agency.province(),
                agency.tenantCode(),
                fact.scores(),
                tools,
                fact.overall(),
                fact.publishedOverall(),
                new AgencyFactView.LevelView(
                        fact.levelCode(),
                        level == null ? null : level.labelTh(),
                        level == null ? null : level.labelEn()),
                fact.passed(),
                fact.source().name(),
                fact.updatedAt());
    }

    private static int fiscalYear(String fy) {
        if (fy == null || !fy.matches("\\d{4}")) {
            throw ApiProblem.invalid("fy", "must be a Buddhist-Era fiscal year between 2500 and 2700");
        }
        int year = Integer.parseInt(fy);
        if (year < 2500 || year > 2700) {
            throw ApiProblem.invalid("fy", "must be a Buddhist-Era fiscal year between 2500 and 2700");
        }
        return year;
    }

    private static ApiProblem forbidden() {
        return ApiProblem.forbidden("ไม่มีสิทธิ์ดูผลการประเมินของหน่วยงานนี้");
    }
}
