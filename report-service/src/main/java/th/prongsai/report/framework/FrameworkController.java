package th.prongsai.report.framework;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.ita.framework.Framework;
import th.prongsai.ita.framework.FrameworkJson;
import th.prongsai.ita.framework.InvalidFrameworkException;
import th.prongsai.ita.framework.Violation;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.platform.web.Problems;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.security.Callers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/frameworks}: every signed-in user reads; a national admin adds or replaces a year. */
@RestController
@RequestMapping("/api/frameworks")
class FrameworkController {

    /** One line of the list. */
    record FrameworkSummary(
            int fiscalYear,
            String nameTh,
            BigDecimal passMark,
            String levelScheme,
            int tools,
            int indicators,
            int oitItems) {
        static FrameworkSummary of(Framework f) {
            return new FrameworkSummary(
                    f.fiscalYear(),
                    f.nameTh(),
                    f.passMark(),
                    f.levelScheme().code(),
                    f.tools().size(),
                    f.indicators().size(),
                    f.oitItems().size());
        }
    }

    private final FrameworkCatalog catalog;
    private final JsonMapper json;

    FrameworkController(FrameworkCatalog catalog, JsonMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @GetMapping
    List<FrameworkSummary> list() {
        return catalog.all().stream().map(FrameworkSummary::of).toList();
    }

    @GetMapping("/{fy}")
    JsonNode get(@PathVariable("fy") int fiscalYear) {
        return json.readTree(FrameworkJson.write(catalog.require(fiscalYear)));
    }

    @PutMapping(path = "/{fy}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> put(@PathVariable("fy") int fiscalYear, @RequestBody String body) {
        Caller caller = Callers.current(); // SecurityConfiguration lets only national admins PUT here
        Framework framework;
        try {
            framework = FrameworkJson.parse(body);
        } catch (InvalidFrameworkException e) {
            throw ApiProblem.invalid(
                    e.violations().stream().map(FrameworkController::fieldError).toList());
        }
        List<Map<String, String>> texts = FrameworkTexts.errors(framework);
        if (!texts.isEmpty()) {
            throw ApiProblem.invalid(texts);
        }
        if (framework.fiscalYear() != fiscalYear) {
            throw ApiProblem.invalid("fiscalYear", "must be " + fiscalYear + ", the year in the path");
        }
        FrameworkCatalog.Stored stored = catalog.put(framework, caller.username());
        JsonNode document = json.readTree(FrameworkJson.write(stored.framework()));
        return stored.created()
                ? ResponseEntity.created(URI.create("/api/frameworks/" + fiscalYear))
                        .body(document)
                : ResponseEntity.ok(document);
    }

    private static Map<String, String> fieldError(Violation violation) {
        return Problems.fieldError(violation.field(), violation.message());
    }
}
