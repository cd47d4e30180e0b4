package th.prongsai.web.province;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import th.prongsai.web.format.Csv;
import th.prongsai.web.format.Xlsx;
import th.prongsai.web.layout.Attachment;
import th.prongsai.web.platform.SignedInUser;
import th.prongsai.web.province.Dashboard.Query;

/**
 * The provincial office's pages: the province's dashboard of every local government, one local government's
 * read-only page, and each of their tables as CSV or XLSX. Sorting, filtering and paging are plain links and a GET
 * form, so the pages work without JavaScript and every view has its own address.
 */
@Controller
class ProvinceController {

    private final ProvinceDashboards dashboards;
    private final ProvinceTables tables;

    ProvinceController(ProvinceDashboards dashboards, ProvinceTables tables) {
        this.dashboards = dashboards;
        this.tables = tables;
    }

    /** The officer's own province (or the one picked) in its latest year with results. */
    @GetMapping("/province")
    String start(
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String dataset,
            Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        String chosen = province != null && province.matches("\\d{2}") ? province : user.province();
        boolean synthetic = "synthetic".equals(dataset);
        if (chosen == null) {
            model.addAttribute("provinces", dashboards.provinces());
            return "province/choose";
        }
        int fy = dashboards.latestYearWithData(chosen, synthetic);
        return "redirect:"
                + UriComponentsBuilder.fromPath("/province/{p}/{y}")
                        .queryParamIfPresent("dataset", Optional.ofNullable(synthetic ? "synthetic" : null))
                        .buildAndExpand(chosen, fy)
                        .toUriString();
    }

    /**
     * The province's OIT readiness for a fiscal year (the newest framework's year when none is asked for): the
     * officer's own province, or the one a national admin picked. Analytics refuses another province with a 403.
     */
    @GetMapping("/province/oit")
    String oit(
            @RequestParam(required = false) String province, @RequestParam(required = false) Integer fy, Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        String chosen = province != null && province.matches("\\d{2}") ? province : user.province();
        if (chosen == null) {
            model.addAttribute("provinces", dashboards.provinces());
            return "province/choose";
        }
        List<Integer> years = dashboards.years();
        int year = fy != null ? fy : years.isEmpty() ? 0 : years.getFirst();
        model.addAttribute("o", dashboards.oit(chosen, year));
        model.addAttribute("years", years);
        return "province/oit";
    }

    @GetMapping("/province/{province:\\d{2}}/{fy:\\d{4}}")
    String dashboard(
            @PathVariable String province,
            @PathVariable int fy,
            @RequestParam Map<String, String> params,
            Model model) {
        Query query = Query.of(params);
        model.addAttribute("d", dashboards.dashboard(province, fy, query, false));
        return "province/dashboard";
    }

    @GetMapping("/province/{province:\\d{2}}/{fy:\\d{4}}/download/{file:[a-z]+\\.(?:csv|xlsx)}")
    ResponseEntity<byte[]> download(
            @PathVariable String province,
            @PathVariable int fy,
            @PathVariable String file,
            @RequestParam Map<String, String> params) {
        Query query = Query.of(params);
        String table = file.substring(0, file.indexOf('.'));
        Dashboard d = dashboards.dashboard(province, fy, query, table.equals("ranking") || table.equals("followup"));
        Spreadsheet sheet = tables.of(d, table);
        return send(sheet, "province-" + province + "-" + fy + "-" + table + (d.synthetic() ? "-synthetic" : ""), file);
    }

    @GetMapping("/province/{province:\\d{2}}/{fy:\\d{4}}/lao/{agencyCode:[a-z0-9-]{2,40}}")
    String lao(
            @PathVariable String province,
            @PathVariable int fy,
            @PathVariable String agencyCode,
            @RequestParam(required = false) String dataset,
            Model model) {
        ProvinceDashboards.Lao lao = dashboards.lao(province, fy, agencyCode, "synthetic".equals(dataset));
        if (lao.years() == null) {
            return "redirect:" + laoPath(lao.province(), fy, agencyCode, lao.synthetic());
        }
        model.addAttribute("l", lao);
        model.addAttribute("province", province);
        model.addAttribute("query", "synthetic".equals(dataset) ? "?dataset=synthetic" : "");
        return "province/lao";
    }

    @GetMapping(
            "/province/{province:\\d{2}}/{fy:\\d{4}}/lao/{agencyCode:[a-z0-9-]{2,40}}/download/{file:[a-z]+\\.(?:csv|xlsx)}")
    ResponseEntity<byte[]> laoDownload(
            @PathVariable String province,
            @PathVariable int fy,
            @PathVariable String agencyCode,
            @PathVariable String file,
            @RequestParam(required = false) String dataset) {
        ProvinceDashboards.Lao lao = dashboards.lao(province, fy, agencyCode, "synthetic".equals(dataset));
        if (lao.years() == null) {
            return ResponseEntity.status(302)
                    .location(
                            URI.create(laoPath(lao.province(), fy, agencyCode + "/download/" + file, lao.synthetic())))
                    .build();
        }
        String table = file.substring(0, file.indexOf('.'));
        return send(
                tables.of(lao, table),
                "lao-" + agencyCode + "-" + fy + "-" + table + (lao.synthetic() ? "-synthetic" : ""),
                file);
    }

    private static String laoPath(String province, int fy, String agency, boolean synthetic) {
        return "/province/" + province + "/" + fy + "/lao/" + agency + (synthetic ? "?dataset=synthetic" : "");
    }

    private static ResponseEntity<byte[]> send(Spreadsheet sheet, String name, String file) {
        boolean xlsx = file.endsWith(".xlsx");
        return xlsx
                ? Attachment.of(sheet.xlsx(), Xlsx.MEDIA_TYPE, name + ".xlsx")
                : Attachment.of(sheet.csv(), Csv.MEDIA_TYPE, name + ".csv");
    }
}
