package th.prongsai.analytics.oit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.analytics.answers.Access;
import th.prongsai.analytics.answers.AnswerCache;
import th.prongsai.analytics.answers.Params;
import th.prongsai.analytics.facts.Dataset;
import th.prongsai.tenancy.security.Callers;
import tools.jackson.databind.json.JsonMapper;

/**
 * OIT readiness across municipalities. The same order as every analytics answer: validate → authorize → cache →
 * compute. A province's list is for its provincial officers and national admins (as the province summary); the
 * national summary and the association span every province, so national admins only.
 */
@RestController
@RequestMapping("/api/analytics/oit")
class OitReadinessController {

    private static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);
    private static final List<String> OIT = List.of(OitReadinessStore.GENERATION);
    // the association also reads score facts: a new score makes it out of date as well
    private static final List<String> OIT_AND_SCORES = List.of(OitReadinessStore.GENERATION, Dataset.REAL.key());

    private final OitAnswers answers;
    private final AnswerCache cache;
    private final JsonMapper json;
    private final int minGroupSize;

    OitReadinessController(
            OitAnswers answers,
            AnswerCache cache,
            JsonMapper json,
            @Value("${ita.analytics.min-group-size:5}") int minGroupSize) {
        this.answers = answers;
        this.cache = cache;
        this.json = json;
        this.minGroupSize = minGroupSize;
    }

    @GetMapping("/provinces/{province}")
    ResponseEntity<byte[]> province(
            @PathVariable String province, @RequestParam(required = false) @Nullable String fy) {
        String code = Params.province("province", province);
        int year = Params.year("fy", fy);
        access().province(code);
        return answer(OIT, "oit-province", () -> answers.province(code, year), code, Integer.toString(year));
    }

    @GetMapping("/national")
    ResponseEntity<byte[]> national(@RequestParam(required = false) @Nullable String fy) {
        int year = Params.year("fy", fy);
        access().national();
        return answer(OIT, "oit-national", () -> answers.national(year), "national", Integer.toString(year));
    }

    @GetMapping("/association")
    ResponseEntity<byte[]> association(@RequestParam(required = false) @Nullable String fy) {
        int year = Params.year("fy", fy);
        access().national();
        return answer(
                OIT_AND_SCORES,
                "oit-association",
                () -> answers.association(year, minGroupSize),
                "national",
                Integer.toString(year));
    }

    private static Access access() {
        return new Access(Callers.current());
    }

    private ResponseEntity<byte[]> answer(
            List<String> generations, String endpoint, Supplier<?> compute, String... params) {
        String body = cache.get(generations, endpoint, () -> json.writeValueAsString(compute.get()), params);
        return ResponseEntity.ok().contentType(JSON).body(body.getBytes(StandardCharsets.UTF_8));
    }
}
