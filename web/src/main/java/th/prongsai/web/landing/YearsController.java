package th.prongsai.web.landing;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import th.prongsai.web.layout.YearChoice;

/** The fiscal years of a municipality, each with its measures and where its report stands. */
@Controller
class YearsController {

    private final YearChoice years;

    YearsController(YearChoice years) {
        this.years = years;
    }

    @GetMapping("/m/{code}/years")
    String years(@PathVariable String code, Model model) {
        var withData = years.withData(code);
        model.addAttribute("years", withData);
        model.addAttribute("offered", years.offered(withData));
        model.addAttribute("working", years.workingYear(withData));
        return "landing/years";
    }
}
