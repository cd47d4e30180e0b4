package th.prongsai.report.year;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.report.year.FiscalYearOverview.YearView;

/**
 * {@code GET /t/{code}/api/fiscal-years}: every year the tenant has data for, newest first. Readable by whoever
 * may read the tenant (libs/tenancy's guard decides, as for every other GET).
 */
@RestController
class FiscalYearController {

    private final FiscalYearOverview overview;

    FiscalYearController(FiscalYearOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/t/{code}/api/fiscal-years")
    List<YearView> list() {
        return overview.years();
    }
}
