package th.prongsai.report.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import th.prongsai.tenancy.web.ApiProblem;
import tools.jackson.databind.json.JsonMapper;

/** The preset templates, read once from {@code report-templates/*.json} (data, not code). */
@Component
public class ReportTemplates {

    private final List<ReportTemplate> presets;

    public ReportTemplates(JsonMapper json) {
        List<ReportTemplate> loaded = new ArrayList<>();
        for (String file : read("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            loaded.add(json.readValue(read(file), ReportTemplate.class));
        }
        this.presets = List.copyOf(loaded);
    }

    public List<ReportTemplate> all() {
        return presets;
    }

    public Optional<ReportTemplate> find(String code) {
        return presets.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The named template, or the default for a tenant without a choice (the most complete preset). */
    public ReportTemplate require(String code) {
        if (code == null || code.isBlank()) {
            return find("tha-phae-2567").orElseThrow();
        }
        return find(code).orElseThrow(() -> ApiProblem.invalid("template",
                "must be one of " + presets.stream().map(ReportTemplate::code).toList()));
    }

    private static String read(String name) {
        try (InputStream in = ReportTemplates.class.getResourceAsStream("/report-templates/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing report template resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
