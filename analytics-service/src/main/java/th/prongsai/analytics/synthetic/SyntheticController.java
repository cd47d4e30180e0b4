package th.prongsai.analytics.synthetic;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.security.Callers;

/** {@code POST /api/analytics/synthetic?seed=42}: (re)generates the synthetic dataset; national admins only. */
@RestController
@RequestMapping("/api/analytics/synthetic")
class SyntheticController {

    private final SyntheticNationalDataset generator;

    SyntheticController(SyntheticNationalDataset generator) {
        this.generator = generator;
    }

    @PostMapping
    SyntheticResult generate(@RequestParam(defaultValue = "42") String seed) {
        if (!Callers.current().has(Role.NATIONAL_ADMIN)) {
            throw ApiProblem.forbidden("เฉพาะผู้ดูแลระดับประเทศเท่านั้นที่สร้างชุดข้อมูลสังเคราะห์ได้");
        }
        // ASCII digits only: Long.parseLong would also read Thai or Arabic-Indic digits
        if (!seed.matches("-?[0-9]{1,18}")) {
            throw ApiProblem.invalid("seed", "must be a whole number");
        }
        long value = Long.parseLong(seed);
        return generator.generate(value);
    }
}
