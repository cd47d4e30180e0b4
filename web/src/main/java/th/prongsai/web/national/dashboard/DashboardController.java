package th.prongsai.web.national.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import th.prongsai.web.format.Csv;
import th.prongsai.web.format.ThaiFormat;
import th.prongsai.web.format.Xlsx;
import th.prongsai.web.layout.Attachment;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.ParallelCalls;

/**
 * The national dashboard: pass rate against the national target over the years, by LAO type and by province,
 * data-quality findings and measure effects, each figure as analytics-service answers it, on the real data or
 * (switched on by {@code ?dataset=synthetic}) the labelled synthetic national dataset, never both at once.
 * Every table is downloadable as the API's CSV and as XLSX.
 */
@Controller
class DashboardController {

    /** domain.md: the national target is at least 80 % of agencies scoring the pass mark or more. */
    static final BigDecimal NATIONAL_TARGET = BigDecimal.valueOf(80);
    /** The LAO types analytics-service knows ({@code scope=type:…}). */
    static final List<String> TYPES =
            List.of("PAO", "CITY_MUNICIPALITY", "TOWN_MUNICIPALITY", "SUBDISTRICT_MUNICIPALITY", "SAO", "SPECIAL");

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");
    private static final String BENCHMARK = "/api/analytics/benchmarks?fy={fy}&scope={scope}&dataset={dataset}";

    private final GatewayClient gateway;
    private final ThaiFormat thai;
    private final MessageSource messages;
    private final ParallelCalls parallel;

    DashboardController(GatewayClient gateway, ThaiFormat thai, MessageSource messages, ParallelCalls parallel) {
        this.gateway = gateway;
        this.thai = thai;
        this.messages = messages;
        this.parallel = parallel;
    }

    /** The latest fiscal year for which the chosen dataset has any result. */
    @GetMapping("/national/dashboard")
    String latest(@RequestParam(name = "dataset", required = false) String dataset) {
        String which = dataset(dataset);
        List<Integer> years = frameworkYears();
        int chosen = years.isEmpty() ? thai.currentFiscalYear() : years.getLast();
        for (int fy : years.reversed()) {
            if (count(gateway.get(BENCHMARK, fy, "national", which)) > 0) {
                chosen = fy;
                break;
            }
        }
        return "redirect:/national/dashboard/" + chosen + ("synthetic".equals(which) ? "?dataset=synthetic" : "");
    }

    /** The year picker's plain GET form (works without JavaScript). */
    @GetMapping("/national/dashboard/go")
    String go(@RequestParam("fy") int fy, @RequestParam(name = "dataset", required = false) String dataset) {
        return "redirect:/national/dashboard/" + fy
                + ("synthetic".equals(dataset(dataset)) ? "?dataset=synthetic" : "");
    }

    @SuppressWarnings("unchecked")
    @GetMapping("/national/dashboard/{fy:\\d{4}}")
    String dashboard(
            @PathVariable("fy") int fy, @RequestParam(name = "dataset", required = false) String dataset, Model model) {
        String which = dataset(dataset);
        boolean synthetic = "synthetic".equals(which);
        // the two lists the batch is made from, side by side as well
        List<List<Map<String, Object>>> lists =
                parallel.map(List.of("/api/frameworks", "/api/provinces"), gateway::list);
        List<Integer> allYears = lists.get(0).stream()
                .map(f -> ((Number) f.get("fiscalYear")).intValue())
                .sorted()
                .toList();
        List<Integer> years = allYears.stream().filter(y -> y <= fy).toList();
        List<Map<String, Object>> provinces = lists.get(1);

        // one batch, side by side: a benchmark per year, per LAO type and per province, and the two reports
        List<Call> calls = new ArrayList<>();
        years.forEach(y -> calls.add(new Call(BENCHMARK, y, "national", which)));
        TYPES.forEach(t -> calls.add(new Call(BENCHMARK, fy, "type:" + t, which)));
        provinces.forEach(p -> calls.add(new Call(BENCHMARK, fy, "province:" + p.get("code"), which)));
        calls.add(new Call("/api/analytics/data-quality?fy={fy}&dataset={dataset}", fy, which));
        if (!synthetic) {
            calls.add(new Call("/api/analytics/measure-effects?fy={fy}", fy));
            // OIT readiness exists only for the platform's own municipalities: never on the synthetic dataset
            calls.add(new Call("/api/analytics/oit/national?fy={fy}", fy));
            calls.add(new Call("/api/analytics/oit/association?fy={fy}", fy));
        }
        List<Object> answers = parallel.map(calls, this::answer);

        int at = 0;
        List<Map<String, Object>> yearRows = new ArrayList<>();
        for (int y : years) {
            yearRows.add(row(Integer.toString(y), (Map<String, Object>) answers.get(at++)));
        }
        List<Map<String, Object>> typeRows = new ArrayList<>();
        for (String t : TYPES) {
            Map<String, Object> row =
                    row(messages.getMessage("dashboard.type." + t, null, t, locale()), (Map<String, Object>)
                            answers.get(at++));
            row.put("type", t);
            typeRows.add(row);
        }
        List<Map<String, Object>> provinceRows = new ArrayList<>();
        for (Map<String, Object> p : provinces) {
            Map<String, Object> row = row(name(p), (Map<String, Object>) answers.get(at++));
            row.put("code", p.get("code"));
            provinceRows.add(row);
        }
        // best first; provinces without any result last, by code
        provinceRows.sort(Comparator.comparing(
                        (Map<String, Object> r) -> (BigDecimal) r.get("passRate"),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.get("code").toString()));
        Object quality = answers.get(at++);
        Object effects = synthetic ? null : answers.get(at++);
        Object oit = synthetic ? null : answers.get(at++);
        Object oitAssociation = synthetic ? null : answers.get(at);
        Map<String, String> provinceNames = new LinkedHashMap<>();
        provinces.forEach(p -> provinceNames.put(String.valueOf(p.get("code")), name(p)));

        Map<String, Object> current = yearRows.isEmpty() ? Map.of() : yearRows.getLast();
        model.addAttribute("fy", fy);
        model.addAttribute("years", allYears.reversed());
        model.addAttribute("synthetic", synthetic);
        model.addAttribute("dataset", which);
        model.addAttribute("target", NATIONAL_TARGET);
        model.addAttribute("current", current);
        model.addAttribute("yearRows", yearRows);
        model.addAttribute(
                "yearChart",
                Charts.columns(
                        values(yearRows.stream().filter(r -> count(r) > 0).toList()), NATIONAL_TARGET));
        model.addAttribute("typeRows", typeRows);
        model.addAttribute("typeChart", Charts.rows(values(typeRows), NATIONAL_TARGET, 190));
        model.addAttribute("provinceRows", provinceRows);
        model.addAttribute("provinceChart", Charts.rows(values(provinceRows), NATIONAL_TARGET, 150));
        model.addAttribute(
                "provincesWithData",
                provinceRows.stream().filter(r -> count(r) > 0).count());
        model.addAttribute("quality", quality);
        model.addAttribute("effects", effects);
        model.addAttribute("oit", oit);
        model.addAttribute("oitAssociation", oitAssociation);
        model.addAttribute("provinceNames", provinceNames);
        return "dashboard/national";
    }

    /** A table of the dashboard as the API's CSV; tables made of several answers join their CSVs under one header. */
    @GetMapping("/national/dashboard/{fy:\\d{4}}/{table:years|types|provinces|quality|effects}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable("fy") int fy,
            @PathVariable("table") String table,
            @RequestParam(name = "dataset", required = false) String dataset) {
        String which = dataset(dataset);
        return Attachment.of(
                csvOf(fy, table, which).getBytes(StandardCharsets.UTF_8),
                Csv.MEDIA_TYPE,
                fileName(fy, table, which, "csv"));
    }

    @GetMapping("/national/dashboard/{fy:\\d{4}}/{table:years|types|provinces|quality|effects}.xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable("fy") int fy,
            @PathVariable("table") String table,
            @RequestParam(name = "dataset", required = false) String dataset) {
        String which = dataset(dataset);
        String title =
                "synthetic".equals(which) ? messages.getMessage("dashboard.synthetic.label", null, locale()) : null;
        byte[] workbook = workbook(table + "-" + fy, title, csvOf(fy, table, which));
        return Attachment.of(workbook, Xlsx.MEDIA_TYPE, fileName(fy, table, which, "xlsx"));
    }

    private String csvOf(int fy, String table, String which) {
        String bench = BENCHMARK + "&format=csv";
        List<Call> calls = switch (table) {
            case "years" ->
                frameworkYears().stream()
                        .filter(y -> y <= fy)
                        .map(y -> new Call(bench, y, "national", which))
                        .toList();
            case "types" ->
                TYPES.stream().map(t -> new Call(bench, fy, "type:" + t, which)).toList();
            case "provinces" ->
                gateway.list("/api/provinces").stream()
                        .map(p -> new Call(bench, fy, "province:" + p.get("code"), which))
                        .toList();
            case "quality" ->
                List.of(new Call("/api/analytics/data-quality?fy={fy}&dataset={dataset}&format=csv", fy, which));
            default ->
                List.of(new Call("/api/analytics/measure-effects?fy={fy}&dataset={dataset}&format=csv", fy, which));
        };
        List<String> parts = parallel.map(
                calls, c -> new String(gateway.download(c.path(), c.variables()).bytes(), StandardCharsets.UTF_8));
        return joinCsv(parts);
    }

    /**
     * The workbook of the API's own CSV, so the XLSX holds exactly what the CSV download holds: numbers are numeric
     * cells, except in columns that hold codes (leading zeros, DLA codes stay text); {@code title}, when given, is a
     * first row above the header (the synthetic data's label).
     */
    static byte[] workbook(String sheetName, String title, String csv) {
        List<List<String>> lines = Csv.parse(csv);
        List<String> header = lines.isEmpty() ? List.of() : lines.getFirst();
        List<List<Object>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < line.size(); c++) {
                boolean codeColumn = c < header.size() && header.get(c).contains("code");
                String value = line.get(c);
                row.add(!codeColumn && NUMBER.matcher(value).matches() ? new BigDecimal(value) : value);
            }
            rows.add(row);
        }
        return Xlsx.write(sheetName, Collections.singletonList(title), header, rows);
    }

    /** CSV documents with the same header as one: the header once, then every document's rows. */
    static String joinCsv(List<String> parts) {
        StringBuilder out = new StringBuilder("\uFEFF");
        boolean first = true;
        for (String part : parts) {
            String text = part.startsWith("\uFEFF") ? part.substring(1) : part;
            int endOfHeader = text.indexOf('\n');
            String body = endOfHeader < 0 ? "" : text.substring(endOfHeader + 1);
            out.append(first ? text : body);
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append("\r\n");
            }
            first = false;
        }
        return out.toString();
    }

    private static String fileName(int fy, String table, String which, String extension) {
        return "national-" + table + "-" + fy + "-" + which + "." + extension;
    }

    private record Call(String path, Object... variables) {}

    private Object answer(Call call) {
        try {
            return gateway.get(call.path(), call.variables());
        } catch (ApiException.Invalid | ApiException.NotFound e) {
            // e.g. measure effects of a year without a previous one: the API's own Thai reason, shown as the empty
            // state
            return Map.of(
                    "refused", e.problem().detail() == null ? "" : e.problem().detail());
        }
    }

    /** A table row: the label and the API's n, mean and pass rate (null when it had none). */
    private Map<String, Object> row(String label, Map<String, Object> benchmark) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", label);
        row.put("n", benchmark.getOrDefault("n", 0));
        row.put("mean", decimal(benchmark.get("mean")));
        row.put("passRate", decimal(benchmark.get("passRate")));
        row.put("median", decimal(benchmark.get("median")));
        BigDecimal passRate = decimal(benchmark.get("passRate"));
        row.put("reachesTarget", passRate == null ? null : passRate.compareTo(NATIONAL_TARGET) >= 0);
        return row;
    }

    private List<Charts.Value> values(List<Map<String, Object>> rows) {
        return rows.stream()
                .map(r -> new Charts.Value((String) r.get("label"), (BigDecimal) r.get("passRate")))
                .toList();
    }

    private List<Integer> frameworkYears() {
        return gateway.list("/api/frameworks").stream()
                .map(f -> ((Number) f.get("fiscalYear")).intValue())
                .sorted()
                .toList();
    }

    private static long count(Map<String, Object> benchmark) {
        Object n = benchmark.get("n");
        return n instanceof Number number ? number.longValue() : 0;
    }

    private String name(Map<String, Object> province) {
        Object en = province.get("nameEn");
        return locale().getLanguage().equals("en") && en != null
                ? en.toString()
                : province.get("nameTh").toString();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** "real" unless the synthetic national dataset is asked for; anything else is the real data too. */
    private static String dataset(String dataset) {
        return "synthetic".equalsIgnoreCase(dataset) ? "synthetic" : "real";
    }
}
