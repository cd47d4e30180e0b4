package th.prongsai.web.province;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import th.prongsai.web.platform.ApiException;
import th.prongsai.web.platform.GatewayClient;
import th.prongsai.web.platform.ParallelCalls;
import th.prongsai.web.province.Dashboard.Band;
import th.prongsai.web.province.Dashboard.Cell;
import th.prongsai.web.province.Dashboard.Indicator;
import th.prongsai.web.province.Dashboard.Level;
import th.prongsai.web.province.Dashboard.Query;
import th.prongsai.web.province.Dashboard.Report;
import th.prongsai.web.province.Dashboard.Row;

/**
 * Gathers a province's dashboard from analytics-service (rankings, summary, benchmarks, one scorecard per row
 * shown), tenant-service (the platform's municipalities of the province) and report-service (each one's report
 * status). The gateway decides who may see which province: a provincial officer asking for another province
 * gets analytics' 403, which the error pages turn into the Thai refusal.
 */
@Component
class ProvinceDashboards {

    private final GatewayClient gateway;
    private final ParallelCalls parallel;
    private volatile List<Map<String, Object>> provinces;

    ProvinceDashboards(GatewayClient gateway, ParallelCalls parallel) {
        this.gateway = gateway;
        this.parallel = parallel;
    }

    /** The 77 provinces (reference data: read once). */
    List<Map<String, Object>> provinces() {
        List<Map<String, Object>> known = provinces;
        if (known == null) {
            known = gateway.list("/api/provinces");
            provinces = known;
        }
        return known;
    }

    Map<String, Object> province(String code) {
        return provinces().stream()
                .filter(p -> code.equals(p.get("code")))
                .findFirst()
                .orElse(null);
    }

    /** The province's OIT readiness table of the year, names in the page's language. */
    OitReadiness oit(String province, int fy) {
        Map<String, Object> answer = gateway.get("/api/analytics/oit/provinces/{p}?fy={fy}", province, fy);
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        Map<String, Object> known = province(province);
        String name = known == null ? null : (String) known.get(english ? "nameEn" : "nameTh");
        return OitReadiness.of(answer, name, english);
    }

    /** The fiscal years of the ITA frameworks, newest first. */
    List<Integer> years() {
        return gateway.list("/api/frameworks").stream()
                .map(f -> ((Number) f.get("fiscalYear")).intValue())
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    /** The newest year in which the province has any result, else the newest framework's year. */
    int latestYearWithData(String province, boolean synthetic) {
        List<Integer> years = years();
        for (int year : years) {
            Map<String, Object> ranking =
                    gateway.get("/api/analytics/rankings?fy={fy}&province={p}" + dataset(synthetic), year, province);
            if (((Number) ranking.getOrDefault("n", 0)).intValue() > 0) {
                return year;
            }
        }
        return years.isEmpty() ? 0 : years.getFirst();
    }

    /**
     * The dashboard. {@code allRows} fetches no scorecards and keeps every matching row (the whole ranking for a
     * download); otherwise the page asked for, each of its rows with its indicators and change.
     */
    @SuppressWarnings("unchecked")
    Dashboard dashboard(String province, int fy, Query q, boolean allRows) {
        String ds = dataset(q.synthetic());
        // rankings first (with what arranging the rows needs); the summary, benchmarks and the shown rows' scorecards
        // then go together in one batch
        List<Supplier<Object>> first = List.of(
                () -> gateway.get("/api/analytics/rankings?fy={fy}&province={p}" + ds, fy, province),
                () -> gateway.get("/api/frameworks/{fy}", fy),
                () -> years(),
                () -> q.synthetic() ? List.of() : tenantsOf(province),
                this::provinces);
        List<Object> answers = parallel.all(first);
        Map<String, Object> ranking = (Map<String, Object>) answers.get(0);
        Map<String, Object> framework = (Map<String, Object>) answers.get(1);
        List<Integer> years = (List<Integer>) answers.get(2);
        List<Map<String, Object>> tenants = (List<Map<String, Object>>) answers.get(3);

        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        List<Level> levels = levels(framework, english);
        Map<String, String> levelLabels = new HashMap<>();
        levels.forEach(l -> levelLabels.put(l.code(), l.label()));
        List<Band> bands = bands(framework);
        BigDecimal passMark = framework.get("passMark") == null ? null : Charts.number(framework.get("passMark"));

        List<Row> rows = new ArrayList<>();
        LinkedHashSet<String> onRanking = new LinkedHashSet<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) ranking.getOrDefault("entries", List.of())) {
            Map<String, Object> level = (Map<String, Object>) e.get("level");
            String levelCode = level == null ? null : (String) level.get("code");
            String label =
                    levelCode == null ? null : levelLabels.getOrDefault(levelCode, (String) level.get("labelTh"));
            rows.add(new Row(
                    ((Number) e.get("rank")).longValue(),
                    (String) e.get("agencyCode"),
                    (String) e.get("tenantCode"),
                    (String) e.get("nameTh"),
                    (String) e.get("laoType"),
                    Charts.number(e.get("overall")),
                    levelCode,
                    label,
                    (Boolean) e.get("passed"),
                    null,
                    null,
                    null,
                    null));
            if (e.get("tenantCode") != null) {
                onRanking.add((String) e.get("tenantCode"));
            }
        }
        // the platform's municipalities with no result this year still belong to the province's table
        for (Map<String, Object> t : tenants) {
            if (!onRanking.contains((String) t.get("code"))) {
                String name = english && t.get("nameEn") != null ? (String) t.get("nameEn") : (String) t.get("nameTh");
                rows.add(new Row(
                        null,
                        (String) t.get("code"),
                        (String) t.get("code"),
                        name,
                        (String) t.get("type"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            }
        }
        if (!tenants.isEmpty()) {
            List<String> codes =
                    tenants.stream().map(t -> (String) t.get("code")).toList();
            List<Report> reports = parallel.each(codes.stream()
                    .<Supplier<Report>>map(code -> () -> report(code, fy))
                    .toList());
            Map<String, Report> byCode = new HashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                byCode.put(codes.get(i), reports.get(i) == null ? new Report("UNKNOWN", null, null) : reports.get(i));
            }
            rows.replaceAll(r -> r.tenantCode() != null && byCode.containsKey(r.tenantCode())
                    ? r.with(byCode.get(r.tenantCode()))
                    : r);
        }

        List<String> types = rows.stream()
                .map(Row::laoType)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .toList();
        List<Row> matching = rows.stream()
                .filter(r -> matches(r, q))
                .sorted(order(q, levels))
                .toList();
        int pages = Math.max(1, (matching.size() + Dashboard.PAGE_SIZE - 1) / Dashboard.PAGE_SIZE);
        int page = Math.min(q.page(), pages);
        List<Row> shown = allRows
                ? matching
                : matching.subList(
                        (page - 1) * Dashboard.PAGE_SIZE, Math.min(matching.size(), page * Dashboard.PAGE_SIZE));
        List<Supplier<Object>> second = new ArrayList<>(List.of(
                () -> gateway.get("/api/analytics/provinces/{p}/summary?fy={fy}" + ds, province, fy),
                () -> gateway.get("/api/analytics/benchmarks?fy={fy}&scope={s}" + ds, fy, "province:" + province),
                () -> gateway.get("/api/analytics/benchmarks?fy={fy}&scope=national" + ds, fy)));
        if (!allRows) {
            for (Row r : shown) {
                second.add(
                        r.overall() == null
                                ? () -> null
                                : tolerant(() -> gateway.get(
                                        "/api/analytics/scorecards/{a}/{fy}" + ds.replace('&', '?'),
                                        r.agencyCode(),
                                        fy)));
            }
        }
        List<Object> more = parallel.all(second);
        Map<String, Object> summary = (Map<String, Object>) more.get(0);
        Map<String, Object> provinceBenchmark = (Map<String, Object>) more.get(1);
        Map<String, Object> nationalBenchmark = (Map<String, Object>) more.get(2);
        if (!allRows) {
            shown = withScorecards(shown, (List<Map<String, Object>>) (List<?>) more.subList(3, more.size()), bands);
        }
        List<Row> followUp = rows.stream()
                .filter(Row::onPlatform)
                .sorted(Comparator.comparing(Row::published)
                        .thenComparing(Row::name, Collator.getInstance(Locale.forLanguageTag("th"))))
                .toList();
        String name = english && province(province) != null
                ? (String) province(province).get("nameEn")
                : summary.get("provinceNameTh") != null ? (String) summary.get("provinceNameTh") : province;
        return new Dashboard(
                province,
                name,
                fy,
                q.synthetic(),
                q,
                shown,
                matching.size(),
                rows.size(),
                page,
                pages,
                types,
                levels,
                indicators(framework, english),
                bands,
                passMark,
                summary,
                provinceBenchmark,
                nationalBenchmark,
                Charts.histogram(provinceBenchmark, nationalBenchmark),
                followUp,
                years,
                provinces());
    }

    /** A refusal or absence of one answer leaves a null instead of failing the page. */
    private static Supplier<Object> tolerant(Supplier<Object> call) {
        return () -> {
            try {
                return call.get();
            } catch (ApiException.NotFound | ApiException.Forbidden missing) {
                return null;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Row> withScorecards(List<Row> rows, List<Map<String, Object>> cards, List<Band> bands) {
        List<Row> result = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> card = cards.get(i);
            if (card == null) {
                result.add(rows.get(i));
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (Map<String, Object> ind : (List<Map<String, Object>>) card.getOrDefault("indicators", List.of())) {
                BigDecimal score = ind.get("score") == null ? null : Charts.number(ind.get("score"));
                cells.add(new Cell((String) ind.get("code"), score, (Boolean) ind.get("passed"), band(bands, score)));
            }
            Object change = card.get("overallChange");
            result.add(rows.get(i)
                    .with(cells, change == null ? null : Charts.number(change), (String) card.get("overallTrend")));
        }
        return result;
    }

    /** One local government's page: scorecard and trend, and for a platform municipality its measures and reports. */
    @SuppressWarnings("unchecked")
    Lao lao(String province, int fy, String agencyCode, boolean synthetic) {
        String ds = dataset(synthetic);
        List<Object> answers = parallel.all(List.of(
                () -> gateway.get("/api/analytics/scorecards/{a}/{fy}" + ds.replace('&', '?'), agencyCode, fy),
                () -> gateway.get("/api/analytics/trends/{a}" + (synthetic ? "?dataset=synthetic" : ""), agencyCode),
                () -> gateway.get("/api/frameworks/{fy}", fy),
                this::provinces));
        Map<String, Object> card = (Map<String, Object>) answers.get(0);
        Map<String, Object> trends = (Map<String, Object>) answers.get(1);
        Map<String, Object> framework = (Map<String, Object>) answers.get(2);
        if (!province.equals(card.get("province"))) {
            // the address names another province than the agency's: send the reader to the right one
            return new Lao(card, null, null, null, null, null, null, null, false, (String) card.get("province"));
        }
        String tenant = (String) card.get("tenantCode");
        List<Map<String, Object>> measures = null;
        List<Map<String, Object>> published = null;
        if (tenant != null && !synthetic) {
            List<Object> platform = parallel.each(List.of(
                    () -> gateway.list("/t/{c}/api/fiscal-years/{fy}/measures", tenant, fy),
                    () -> gateway.list("/t/{c}/api/fiscal-years", tenant)));
            measures = (List<Map<String, Object>>) platform.get(0);
            published = new ArrayList<>();
            if (platform.get(1) != null) {
                for (Map<String, Object> year : (List<Map<String, Object>>) platform.get(1)) {
                    Map<String, Object> report = (Map<String, Object>) year.get("report");
                    if (report != null && report.get("versions") instanceof List<?> versions && !versions.isEmpty()) {
                        Map<String, Object> row = new HashMap<>((Map<String, Object>) versions.getLast());
                        row.put("fiscalYear", year.get("fiscalYear"));
                        row.put("status", report.get("status"));
                        published.add(row);
                    }
                }
            }
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        BigDecimal passMark = card.get("passMark") == null ? null : Charts.number(card.get("passMark"));
        List<Map<String, Object>> years = (List<Map<String, Object>>) trends.getOrDefault("years", List.of());
        Map<String, Object> level = (Map<String, Object>) card.get("level");
        String levelLabel = level == null
                ? null
                : levels(framework, english).stream()
                        .filter(l -> l.code().equals(level.get("code")))
                        .map(Level::label)
                        .findFirst()
                        .orElse((String) level.get("labelTh"));
        String name = english && province(province) != null
                ? (String) province(province).get("nameEn")
                : province(province) != null ? (String) province(province).get("nameTh") : province;
        return new Lao(
                card,
                levelLabel,
                years,
                Charts.trend(years, passMark),
                measures,
                published,
                name,
                indicators(framework, english),
                synthetic,
                province);
    }

    record Lao(
            Map<String, Object> card,
            String levelLabel,
            List<Map<String, Object>> years,
            Charts.Trend trend,
            List<Map<String, Object>> measures,
            List<Map<String, Object>> published,
            String provinceName,
            List<Indicator> indicators,
            boolean synthetic,
            String province) {

        public String indicatorName(String code, String fallback) {
            return Indicator.nameOf(indicators, code, fallback);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> tenantsOf(String province) {
        Map<String, Object> page = gateway.get("/api/tenants?size=500");
        return ((List<Map<String, Object>>) page.getOrDefault("items", List.of()))
                .stream().filter(t -> province.equals(t.get("province"))).toList();
    }

    @SuppressWarnings("unchecked")
    private Report report(String code, int fy) {
        for (Map<String, Object> year : gateway.list("/t/{c}/api/fiscal-years", code)) {
            if (((Number) year.get("fiscalYear")).intValue() == fy) {
                Map<String, Object> report = (Map<String, Object>) year.get("report");
                if (report == null) {
                    return new Report("NONE", null, null);
                }
                Integer version = null;
                String url = null;
                if (report.get("versions") instanceof List<?> versions && !versions.isEmpty()) {
                    Map<String, Object> last = (Map<String, Object>) versions.getLast();
                    version = last.get("number") == null ? null : ((Number) last.get("number")).intValue();
                    url = (String) last.get("publicUrl");
                }
                return new Report((String) report.get("status"), version, url);
            }
        }
        return new Report("NONE", null, null);
    }

    private static boolean matches(Row r, Query q) {
        return (q.type() == null || q.type().equals(r.laoType()))
                && (q.level() == null || q.level().equals(r.levelCode()))
                && (!q.below() || Boolean.FALSE.equals(r.passed()))
                && (!q.unpublished() || (r.onPlatform() && !r.published()));
    }

    /** The order asked for; rows without a result this year always come last. */
    private static Comparator<Row> order(Query q, List<Level> levels) {
        Comparator<Row> byOverall =
                Comparator.comparing(Row::overall, Comparator.nullsFirst(Comparator.naturalOrder()));
        Collator thai = Collator.getInstance(Locale.forLanguageTag("th"));
        Comparator<Row> byName = Comparator.comparing(Row::name, Comparator.nullsLast(thai));
        List<String> levelOrder = levels.stream().map(Level::code).toList();
        Comparator<Row> chosen = switch (q.sort()) {
            case "name" -> byName;
            case "type" ->
                Comparator.comparing(Row::laoType, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                        .thenComparing(byName);
            // a better level has a lower index in the framework's list
            case "level" ->
                Comparator.comparing((Row r) ->
                                r.levelCode() == null ? -1 : levelOrder.size() - levelOrder.indexOf(r.levelCode()))
                        .thenComparing(byOverall);
            default -> byOverall.thenComparing(byName.reversed());
        };
        if ("desc".equals(q.dir())) {
            chosen = chosen.reversed();
        }
        Comparator<Row> noResultLast = Comparator.comparing((Row r) ->
                r.overall() == null && !q.sort().equals("name") && !q.sort().equals("type"));
        return noResultLast.thenComparing(chosen);
    }

    @SuppressWarnings("unchecked")
    private static List<Level> levels(Map<String, Object> framework, boolean english) {
        Map<String, Object> scheme = (Map<String, Object>) framework.getOrDefault("levelScheme", Map.of());
        List<Level> levels = new ArrayList<>();
        for (Map<String, Object> l : (List<Map<String, Object>>) scheme.getOrDefault("levels", List.of())) {
            levels.add(new Level(
                    (String) l.get("code"),
                    english && l.get("labelEn") != null ? (String) l.get("labelEn") : (String) l.get("labelTh")));
        }
        return levels;
    }

    /** The framework's distinct level thresholds, best first, as the heat map's bands. */
    @SuppressWarnings("unchecked")
    static List<Band> bands(Map<String, Object> framework) {
        Map<String, Object> scheme = (Map<String, Object>) framework.getOrDefault("levelScheme", Map.of());
        TreeSet<BigDecimal> mins = new TreeSet<>(Comparator.reverseOrder());
        for (Map<String, Object> l : (List<Map<String, Object>>) scheme.getOrDefault("levels", List.of())) {
            if (l.get("minOverall") != null) {
                mins.add(Charts.number(l.get("minOverall")));
            }
        }
        List<Band> bands = new ArrayList<>();
        BigDecimal above = null;
        for (BigDecimal min : mins) {
            bands.add(new Band(bands.size(), min, above));
            above = min;
        }
        return bands;
    }

    static int band(List<Band> bands, BigDecimal score) {
        if (score == null) {
            return -1;
        }
        for (Band b : bands) {
            if (score.compareTo(b.min()) >= 0) {
                return b.index();
            }
        }
        return bands.size() - 1;
    }

    @SuppressWarnings("unchecked")
    private static List<Indicator> indicators(Map<String, Object> framework, boolean english) {
        List<Indicator> indicators = new ArrayList<>();
        for (Map<String, Object> tool : (List<Map<String, Object>>) framework.getOrDefault("tools", List.of())) {
            for (Map<String, Object> i : (List<Map<String, Object>>) tool.getOrDefault("indicators", List.of())) {
                indicators.add(new Indicator(
                        (String) i.get("code"),
                        english && i.get("nameEn") != null ? (String) i.get("nameEn") : (String) i.get("nameTh")));
            }
        }
        return indicators;
    }

    private static String dataset(boolean synthetic) {
        return synthetic ? "&dataset=synthetic" : "";
    }
}
