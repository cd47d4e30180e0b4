package th.prongsai.web.province;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import th.prongsai.web.province.Dashboard.Cell;
import th.prongsai.web.province.Dashboard.Indicator;
import th.prongsai.web.province.Dashboard.Row;

/** Each table of the province's pages as a {@link Spreadsheet}: the same rows and columns the page shows. */
@Component
class ProvinceTables {

    private final MessageSource messages;

    ProvinceTables(MessageSource messages) {
        this.messages = messages;
    }

    @SuppressWarnings("unchecked")
    Spreadsheet of(Dashboard d, String table) {
        String note = d.synthetic() ? msg("province.synthetic") : null;
        String where = d.provinceName() + " " + msg("province.fy", d.fy());
        return switch (table) {
            case "agencies" -> {
                List<String> headers = new ArrayList<>(List.of(
                        msg("province.col.rank"),
                        msg("province.col.code"),
                        msg("province.col.name"),
                        msg("province.col.type"),
                        msg("province.col.overall"),
                        msg("province.col.level")));
                d.indicators().forEach(i -> headers.add(msg("province.col.indicator", i.code(), i.name())));
                headers.add(msg("province.col.change"));
                headers.add(msg("province.col.report"));
                List<List<Object>> rows = new ArrayList<>();
                for (Row r : d.rows()) {
                    List<Object> row = new ArrayList<>(List.of(
                            value(r.rank()),
                            r.agencyCode(),
                            r.name(),
                            type(r.laoType()),
                            value(r.overall()),
                            value(r.levelLabel())));
                    for (Indicator i : d.indicators()) {
                        row.add(
                                r.cells() == null
                                        ? ""
                                        : r.cells().stream()
                                                .filter(c -> c.code().equals(i.code()))
                                                .map(Cell::score)
                                                .filter(Objects::nonNull)
                                                .findFirst()
                                                .map(ProvinceTables::value)
                                                .orElse(""));
                    }
                    row.add(value(r.change()));
                    row.add(r.report() == null ? "" : status(r.report().status()));
                    rows.add(row);
                }
                yield new Spreadsheet(msg("province.table.title") + " " + where, note, headers, rows);
            }
            case "ranking" ->
                new Spreadsheet(
                        msg("province.ranking.title") + " " + where,
                        note,
                        List.of(
                                msg("province.col.rank"),
                                msg("province.col.code"),
                                msg("province.col.name"),
                                msg("province.col.type"),
                                msg("province.col.overall"),
                                msg("province.col.level"),
                                msg("province.col.report")),
                        d.rows().stream()
                                .<List<Object>>map(r -> List.of(
                                        value(r.rank()),
                                        r.agencyCode(),
                                        r.name(),
                                        type(r.laoType()),
                                        value(r.overall()),
                                        value(r.levelLabel()),
                                        r.report() == null
                                                ? ""
                                                : status(r.report().status())))
                                .toList());
            case "distribution" ->
                new Spreadsheet(
                        msg("province.dist.title") + " " + where,
                        note,
                        List.of(msg("province.dist.range"), msg("province.dist.province"), msg("province.dist.nation")),
                        d.histogram().bins().stream()
                                .<List<Object>>map(
                                        b -> List.of(b.from() + "–" + b.to(), b.provinceCount(), b.nationCount()))
                                .toList());
            case "statistics" -> {
                List<List<Object>> rows = new ArrayList<>();
                for (String key : List.of("n", "mean", "median", "q1", "q3", "min", "max", "passRate")) {
                    rows.add(List.of(
                            msg("province.stat." + key),
                            value(d.provinceBenchmark().get(key)),
                            value(d.nationalBenchmark().get(key))));
                }
                yield new Spreadsheet(
                        msg("province.stats.title") + " " + where,
                        note,
                        List.of(
                                msg("province.stats.measure"),
                                msg("province.dist.province"),
                                msg("province.dist.nation")),
                        rows);
            }
            case "levels" ->
                new Spreadsheet(
                        msg("province.levels.title") + " " + where,
                        note,
                        List.of(msg("province.col.level"), msg("province.levels.count")),
                        ((List<Map<String, Object>>) d.summary().getOrDefault("levels", List.of()))
                                .stream()
                                        .<List<Object>>map(l -> List.of(
                                                levelLabel(d, (String) l.get("code"), (String) l.get("labelTh")),
                                                value(l.get("count"))))
                                        .toList());
            case "weakest" ->
                new Spreadsheet(
                        msg("province.weakest.title") + " " + where,
                        note,
                        List.of(
                                msg("province.col.indicatorCode"),
                                msg("province.col.indicatorName"),
                                msg("province.weakest.mean")),
                        ((List<Map<String, Object>>) d.summary().getOrDefault("weakestIndicators", List.of()))
                                .stream()
                                        .<List<Object>>map(w -> List.of(
                                                value(w.get("code")),
                                                indicatorName(d.indicators(), w),
                                                value(w.get("mean"))))
                                        .toList());
            case "improved" ->
                new Spreadsheet(
                        msg("province.improved.title") + " " + where,
                        note,
                        List.of(
                                msg("province.col.code"),
                                msg("province.col.name"),
                                msg("province.col.type"),
                                msg("province.improved.previous"),
                                msg("province.col.overall"),
                                msg("province.col.change")),
                        ((List<Map<String, Object>>) d.summary().getOrDefault("mostImproved", List.of()))
                                .stream()
                                        .<List<Object>>map(m -> List.of(
                                                value(m.get("agencyCode")),
                                                value(m.get("nameTh")),
                                                type((String) m.get("laoType")),
                                                value(m.get("previousOverall")),
                                                value(m.get("overall")),
                                                value(m.get("change"))))
                                        .toList());
            case "followup" ->
                new Spreadsheet(
                        msg("province.followup.title") + " " + where,
                        null,
                        List.of(
                                msg("province.col.name"),
                                msg("province.col.code"),
                                msg("province.col.report"),
                                msg("province.followup.version"),
                                msg("province.followup.link")),
                        d.followUp().stream()
                                .<List<Object>>map(r -> List.of(
                                        r.name(),
                                        r.tenantCode(),
                                        r.report() == null
                                                ? ""
                                                : status(r.report().status()),
                                        r.report() == null || r.report().version() == null
                                                ? ""
                                                : r.report().version(),
                                        r.published() ? "/public/" + r.tenantCode() : ""))
                                .toList());
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    @SuppressWarnings("unchecked")
    Spreadsheet of(ProvinceDashboards.Lao l, String table) {
        String note = l.synthetic() ? msg("province.synthetic") : null;
        Map<String, Object> card = l.card();
        String where = card.get("nameTh") + " " + msg("province.fy", card.get("fiscalYear"));
        return switch (table) {
            case "scorecard" ->
                new Spreadsheet(
                        msg("province.lao.indicators") + " " + where,
                        note,
                        List.of(
                                msg("province.col.indicatorCode"),
                                msg("province.col.indicatorName"),
                                msg("province.lao.tool"),
                                msg("province.lao.score"),
                                msg("province.lao.passed"),
                                msg("province.col.change"),
                                msg("province.lao.provinceMedian")),
                        ((List<Map<String, Object>>) card.getOrDefault("indicators", List.of()))
                                .stream()
                                        .<List<Object>>map(i -> List.of(
                                                value(i.get("code")),
                                                indicatorName(l.indicators(), i),
                                                value(i.get("tool")),
                                                value(i.get("score")),
                                                yesNo(i.get("passed")),
                                                value(i.get("change")),
                                                value(i.get("provinceMedian"))))
                                        .toList());
            case "trend" ->
                new Spreadsheet(
                        msg("province.lao.trend") + " " + card.get("nameTh"),
                        note,
                        List.of(
                                msg("province.lao.year"),
                                msg("province.col.overall"),
                                "IIT",
                                "EIT",
                                "OIT",
                                msg("province.col.level"),
                                msg("province.col.change"),
                                msg("province.lao.trendWord")),
                        l.years().stream()
                                .<List<Object>>map(y -> List.of(
                                        value(y.get("fiscalYear")),
                                        value(y.get("overall")),
                                        value(y.get("iit")),
                                        value(y.get("eit")),
                                        value(y.get("oit")),
                                        value(((Map<String, Object>) y.getOrDefault("level", Map.of())).get("labelTh")),
                                        value(y.get("change")),
                                        value(y.get("trendTh"))))
                                .toList());
            case "measures" -> {
                if (l.measures() == null) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                yield new Spreadsheet(
                        msg("province.lao.measures") + " " + where,
                        null,
                        List.of(
                                msg("province.lao.number"),
                                msg("province.lao.measureTitle"),
                                msg("province.lao.measureIndicators"),
                                msg("province.lao.status")),
                        l.measures().stream()
                                .<List<Object>>map(m -> List.of(
                                        value(m.get("number")),
                                        value(m.get("title")),
                                        String.join(", ", (List<String>) m.getOrDefault("indicatorCodes", List.of())),
                                        msg("status." + m.get("status"))))
                                .toList());
            }
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
    }

    private String levelLabel(Dashboard d, String code, String fallback) {
        return d.levels().stream()
                .filter(l -> l.code().equals(code))
                .map(Dashboard.Level::label)
                .findFirst()
                .orElse(fallback);
    }

    private static String indicatorName(List<Indicator> indicators, Map<String, Object> row) {
        return indicators.stream()
                .filter(i -> i.code().equals(row.get("code")))
                .map(Indicator::name)
                .findFirst()
                .orElse((String) row.get("nameTh"));
    }

    private String yesNo(Object passed) {
        return passed == null ? "" : msg(Boolean.TRUE.equals(passed) ? "province.yes" : "province.no");
    }

    private String type(String laoType) {
        return laoType == null
                ? ""
                : messages.getMessage("tenant.type." + laoType, null, laoType, LocaleContextHolder.getLocale());
    }

    private String status(String status) {
        return messages.getMessage("report.status." + status, null, status, LocaleContextHolder.getLocale());
    }

    /** Scores come from JSON as doubles: written with at least the two decimals the API computes them with. */
    private static Object value(Object v) {
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            BigDecimal d = new BigDecimal(v.toString());
            return d.scale() < 2 ? d.setScale(2) : d;
        }
        return v == null ? "" : v;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
