package th.prongsai.analytics.answers;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.analytics.answers.Access.Subject;
import th.prongsai.analytics.answers.Params.Scope;
import th.prongsai.analytics.facts.AnalyticsFrameworks;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.tenancy.security.Callers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analytics answers, JSON or CSV ({@code ?format=csv}), each over {@code dataset=real|synthetic}.
 * Order in every handler: validate parameters → authorize → cache → compute. Authorizing before the cache means
 * a cached answer is only ever handed to someone allowed to compute it.
 */
@RestController
@RequestMapping("/api/analytics")
class AnswersController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);

    private final Scorecards scorecards;
    private final Benchmarks benchmarks;
    private final Rankings rankings;
    private final ProvinceSummaries summaries;
    private final DataQuality quality;
    private final MeasureEffects effects;
    private final AnalyticsFrameworks frameworks;
    private final AnswerCache cache;
    private final JsonMapper json;
    private final int minGroupSize;

    AnswersController(
            Scorecards scorecards,
            Benchmarks benchmarks,
            Rankings rankings,
            ProvinceSummaries summaries,
            DataQuality quality,
            MeasureEffects effects,
            AnalyticsFrameworks frameworks,
            AnswerCache cache,
            JsonMapper json,
            @Value("${ita.analytics.min-group-size:5}") int minGroupSize) {
        this.scorecards = scorecards;
        this.benchmarks = benchmarks;
        this.rankings = rankings;
        this.summaries = summaries;
        this.quality = quality;
        this.effects = effects;
        this.frameworks = frameworks;
        this.cache = cache;
        this.json = json;
        if (minGroupSize < 1) {
            throw new IllegalArgumentException("ita.analytics.min-group-size must be at least 1");
        }
        this.minGroupSize = minGroupSize;
    }

    @GetMapping("/scorecards/{code}/{fy}")
    ResponseEntity<byte[]> scorecard(
            @PathVariable String code,
            @PathVariable String fy,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String format) {
        String agency = Params.code("code", code);
        int year = Params.year("fy", fy);
        Dataset which = Dataset.parse(dataset);
        boolean csv = Params.csv(format);
        Access access = access();
        Subject subject = access.agency(
                agency, scorecards.subject(which, agency, year, year).orElse(null));
        Disclosure disclosure = disclosure(access);
        return answer(
                which,
                "scorecard",
                csv,
                "scorecard-" + subject.agencyCode() + "-" + year,
                () -> scorecards.scorecard(which, subject, year, disclosure),
                subject.agencyCode(),
                Integer.toString(year),
                disclosure.viewKey());
    }

    @GetMapping("/benchmarks")
    ResponseEntity<byte[]> benchmark(
            @RequestParam(required = false) String fy,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String format) {
        int year = Params.year("fy", fy);
        Scope where = Scope.parse(scope);
        Dataset which = Dataset.parse(dataset);
        boolean csv = Params.csv(format);
        Optional<String> code = Params.indicator(frameworks.require(year), indicator);
        Access access = access();
        access.aggregates();
        Disclosure disclosure = disclosure(access);
        return answer(
                which,
                "benchmarks",
                csv,
                "benchmark-" + year,
                () -> benchmarks.benchmark(which, year, code.orElse(null), where, disclosure),
                Integer.toString(year),
                code.orElse("overall"),
                where.text(),
                disclosure.viewKey());
    }

    @GetMapping("/rankings")
    ResponseEntity<byte[]> ranking(
            @RequestParam(required = false) String fy,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String format) {
        int year = Params.year("fy", fy);
        if ((province == null) == (type == null)) {
            throw ApiProblem.invalid("province", "give exactly one of province or type");
        }
        Dataset which = Dataset.parse(dataset);
        boolean csv = Params.csv(format);
        String by = province != null ? "province" : "type";
        String value = province != null ? Params.province("province", province) : Params.laoType("type", type);
        Access access = access();
        if (province != null) {
            access.province(value);
        } else {
            access.national(); // a type spans every province
        }
        return answer(
                which,
                "rankings",
                csv,
                "ranking-" + by + "-" + value + "-" + year,
                () -> rankings.ranking(which, year, by, value),
                Integer.toString(year),
                by,
                value);
    }

    @GetMapping("/trends/{code}")
    ResponseEntity<byte[]> trends(
            @PathVariable String code,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String format) {
        String agency = Params.code("code", code);
        int first = Params.yearOr("from", from, Params.MIN_YEAR);
        int last = Params.yearOr("to", to, Params.MAX_YEAR);
        if (first > last) {
            throw ApiProblem.invalid("from", "must not be after to");
        }
        Dataset which = Dataset.parse(dataset);
        boolean csv = Params.csv(format);
        Subject subject = access().agency(
                        agency, scorecards.subject(which, agency, first, last).orElse(null));
        return answer(
                which,
                "trends",
                csv,
                "trends-" + subject.agencyCode(),
                () -> rankings.trends(which, subject.agencyCode(), first, last),
                subject.agencyCode(),
                Integer.toString(first),
                Integer.toString(last));
    }

    @GetMapping("/provinces/{province}/summary")
    ResponseEntity<byte[]> provinceSummary(
            @PathVariable String province,
            @RequestParam(required = false) String fy,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String format) {
        String code = Params.province("province", province);
        int year = Params.year("fy", fy);
        Dataset which = Dataset.parse(dataset);
        boolean csv = Params.csv(format);
        access().province(code);
        return answer(
                which,
                "province-summary",
                csv,
                "province-" + code + "-" + year,
                () -> summaries.summary(which, code, year),
                code,
                Integer.toString(year));
    }

    @GetMapping("/data-quality")
    ResponseEntity<byte[]> dataQuality(
            @RequestParam(required = false) String fy,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String format) {
        int year = Params.year("fy", fy);
        String code = province == null ? null : Params.province("province", province);
        Dataset which = Dataset.parse(dataset);
        boolean csv = Params.csv(format);
        if (code == null) {
            access().national();
        } else {
            access().province(code);
        }
        return answer(
                which,
                "data-quality",
                csv,
                "data-quality-" + (code == null ? "national" : code) + "-" + year,
                () -> quality.report(which, year, code),
                Integer.toString(year),
                code == null ? "national" : code);
    }

    @GetMapping("/measure-effects")
    ResponseEntity<byte[]> measureEffects(
            @RequestParam(required = false) String fy,
            @RequestParam(required = false) String dataset,
            @RequestParam(required = false) String format) {
        int year = Params.year("fy", fy);
        if (Dataset.parse(dataset) != Dataset.REAL) {
            throw ApiProblem.invalid("dataset", "measure effects exist only for the real tenants' data");
        }
        boolean csv = Params.csv(format);
        Access access = access();
        access.aggregates();
        Disclosure disclosure = disclosure(access);
        return answer(
                Dataset.REAL,
                "measure-effects",
                csv,
                "measure-effects-" + year,
                () -> effects.effects(year, disclosure),
                Integer.toString(year),
                disclosure.viewKey());
    }

    private static Access access() {
        return new Access(Callers.current());
    }

    private Disclosure disclosure(Access access) {
        return new Disclosure(access, minGroupSize);
    }

    /** The whole rendered answer from the cache, or computed and rendered. */
    private ResponseEntity<byte[]> answer(
            Dataset dataset,
            String endpoint,
            boolean csv,
            String fileName,
            Supplier<? extends CsvTable.Tabular> compute,
            String... params) {
        String[] keyParts = new String[params.length + 1];
        System.arraycopy(params, 0, keyParts, 0, params.length);
        keyParts[params.length] = csv ? "csv" : "json";
        String body = cache.get(
                dataset,
                endpoint,
                () -> {
                    CsvTable.Tabular answer = compute.get();
                    return csv ? answer.table().render() : json.writeValueAsString(answer);
                },
                keyParts);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(csv ? CSV : JSON);
        if (csv) {
            response.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"" + fileName + "-" + dataset.key() + ".csv\"");
        }
        return response.body(body.getBytes(StandardCharsets.UTF_8));
    }
}
