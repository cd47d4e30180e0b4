package th.prongsai.web.province;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One province's dashboard as the page shows it: every figure is an API answer; this record only arranges them
 * (the page of rows, the order and filters asked for, the chart's geometry).
 */
record Dashboard(
        String province,
        String provinceName,
        int fy,
        boolean synthetic,
        Query query,
        List<Row> rows,
        int matching,
        int total,
        int page,
        int pages,
        List<String> types,
        List<Level> levels,
        List<Indicator> indicators,
        List<Band> bands,
        BigDecimal passMark,
        Map<String, Object> summary,
        Map<String, Object> provinceBenchmark,
        Map<String, Object> nationalBenchmark,
        Charts.Histogram histogram,
        List<Row> followUp,
        List<Integer> years,
        List<Map<String, Object>> provinces) {

    static final int PAGE_SIZE = 25;

    public String dataset() {
        return synthetic ? "synthetic" : null;
    }

    public String sortHref(String key) {
        String dir = key.equals(query.sort()) && "desc".equals(query.dir())
                ? "asc"
                : key.equals(query.sort()) ? "desc" : key.equals("name") || key.equals("type") ? "asc" : "desc";
        return query.with("sort", key).with("dir", dir).with("page", null).href(province, fy);
    }

    /** aria-sort of a column header: what a screen reader says about the current order. */
    public String ariaSort(String key) {
        return key.equals(query.sort()) ? ("asc".equals(query.dir()) ? "ascending" : "descending") : null;
    }

    public String pageHref(int n) {
        return query.with("page", n == 1 ? null : Integer.toString(n)).href(province, fy);
    }

    public String yearHref(int year) {
        return query.with("page", null).href(province, year);
    }

    public String datasetHref(boolean toSynthetic) {
        return new Query(query.sort(), query.dir(), null, null, false, false, 1, toSynthetic).href(province, fy);
    }

    public String downloadHref(String table, String extension) {
        return query.download(province, fy, table, extension);
    }

    public String levelLabel(String code, String fallback) {
        return levels.stream()
                .filter(l -> l.code().equals(code))
                .map(Level::label)
                .findFirst()
                .orElse(fallback);
    }

    public String indicatorName(String code, String fallback) {
        return Indicator.nameOf(indicators, code, fallback);
    }

    public String laoHref(String agencyCode) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/province/{p}/{y}/lao/{a}");
        if (synthetic) {
            b.queryParam("dataset", "synthetic");
        }
        return b.buildAndExpand(province, fy, agencyCode).encode().toUriString();
    }

    /** A row of the table: a local government with its ranking entry, and where asked its scorecard and report. */
    record Row(
            Long rank,
            String agencyCode,
            String tenantCode,
            String name,
            String laoType,
            BigDecimal overall,
            String levelCode,
            String levelLabel,
            Boolean passed,
            List<Cell> cells,
            BigDecimal change,
            String trend,
            Report report) {

        Row with(List<Cell> cells, BigDecimal change, String trend) {
            return with(cells, change, trend, report);
        }

        Row with(Report report) {
            return with(cells, change, trend, report);
        }

        private Row with(List<Cell> cells, BigDecimal change, String trend, Report report) {
            return new Row(
                    rank,
                    agencyCode,
                    tenantCode,
                    name,
                    laoType,
                    overall,
                    levelCode,
                    levelLabel,
                    passed,
                    cells,
                    change,
                    trend,
                    report);
        }

        /** The cell of one indicator, or null when there is no score. */
        public Cell cell(String code) {
            return cells == null
                    ? null
                    : cells.stream()
                            .filter(c -> c.code().equals(code) && c.score() != null)
                            .findFirst()
                            .orElse(null);
        }

        public boolean onPlatform() {
            return tenantCode != null;
        }

        public boolean published() {
            return report != null && "PUBLISHED".equals(report.status());
        }
    }

    /** One indicator of a row: the API's score and pass, and the band of the framework's levels it falls in. */
    record Cell(String code, BigDecimal score, Boolean passed, int band) {}

    /** Where a municipality's measure report of the year stands ({@code NONE} before a submission). */
    record Report(String status, Integer version, String publicUrl) {}

    record Level(String code, String label) {}

    record Indicator(String code, String name) {

        /** The name of the indicator of {@code code} among {@code indicators}, or {@code fallback}. */
        static String nameOf(List<Indicator> indicators, String code, String fallback) {
            return indicators.stream()
                    .filter(i -> i.code().equals(code))
                    .map(Indicator::name)
                    .findFirst()
                    .orElse(fallback);
        }
    }

    /** A heat-map band: the framework's level thresholds, [min, below). */
    record Band(int index, BigDecimal min, BigDecimal below) {}

    /** What the visitor asked for; every link of the page is built from it so nothing asked is lost. */
    record Query(
            String sort,
            String dir,
            String type,
            String level,
            boolean below,
            boolean unpublished,
            int page,
            boolean synthetic) {

        /** The query of a page's request parameters (the dashboard and its downloads take the same). */
        static Query of(Map<String, String> params) {
            return of(
                    params.get("sort"),
                    params.get("dir"),
                    params.get("type"),
                    params.get("level"),
                    params.get("below"),
                    params.get("unpublished"),
                    params.get("page"),
                    params.get("dataset"));
        }

        static Query of(
                String sort,
                String dir,
                String type,
                String level,
                String below,
                String unpublished,
                String page,
                String dataset) {
            String s =
                    sort != null && List.of("overall", "name", "type", "level").contains(sort) ? sort : "overall";
            String d = "asc".equals(dir) || "desc".equals(dir)
                    ? dir
                    : (s.equals("name") || s.equals("type") ? "asc" : "desc");
            int p = page != null && page.matches("\\d{1,5}") ? Math.max(1, Integer.parseInt(page)) : 1;
            return new Query(
                    s,
                    d,
                    blank(type),
                    blank(level),
                    "true".equals(below),
                    "true".equals(unpublished),
                    p,
                    "synthetic".equals(dataset));
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value;
        }

        Query with(String name, String value) {
            return switch (name) {
                case "sort" -> new Query(value, dir, type, level, below, unpublished, page, synthetic);
                case "dir" -> new Query(sort, value, type, level, below, unpublished, page, synthetic);
                case "page" ->
                    new Query(
                            sort,
                            dir,
                            type,
                            level,
                            below,
                            unpublished,
                            value == null ? 1 : Integer.parseInt(value),
                            synthetic);
                default -> throw new IllegalArgumentException(name);
            };
        }

        String href(String province, int fy) {
            return params(UriComponentsBuilder.fromPath("/province/{p}/{y}"), true)
                    .buildAndExpand(province, fy)
                    .encode()
                    .toUriString();
        }

        String download(String province, int fy, String table, String extension) {
            return params(UriComponentsBuilder.fromPath("/province/{p}/{y}/download/{t}.{e}"), true)
                    .buildAndExpand(province, fy, table, extension)
                    .encode()
                    .toUriString();
        }

        private UriComponentsBuilder params(UriComponentsBuilder b, boolean withPage) {
            if (synthetic) {
                b.queryParam("dataset", "synthetic");
            }
            if (!"overall".equals(sort) || !"desc".equals(dir)) {
                b.queryParam("sort", sort).queryParam("dir", dir);
            }
            if (type != null) {
                b.queryParam("type", type);
            }
            if (level != null) {
                b.queryParam("level", level);
            }
            if (below) {
                b.queryParam("below", "true");
            }
            if (unpublished) {
                b.queryParam("unpublished", "true");
            }
            if (withPage && page > 1) {
                b.queryParam("page", page);
            }
            return b;
        }
    }
}
