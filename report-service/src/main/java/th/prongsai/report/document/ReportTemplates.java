package th.prongsai.report.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.platform.web.Problems;
import tools.jackson.databind.json.JsonMapper;

/**
 * The preset templates, read once from {@code report-templates/*.json} (data, not code), and each tenant's own
 * templates made from them ({@code report_templates} in the tenant schema; tenant methods need a tenant transaction).
 */
@Component
class ReportTemplates {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    private final List<ReportTemplate> presets;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ReportTemplates(JsonMapper json, JdbcTemplate jdbc) {
        this.json = json;
        this.jdbc = jdbc;
        List<ReportTemplate> loaded = new ArrayList<>();
        for (String file : read("index.txt")
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList()) {
            loaded.add(json.readValue(read(file), ReportTemplate.class));
        }
        this.presets = List.copyOf(loaded);
    }

    /** The five presets (no database needed). */
    public List<ReportTemplate> presets() {
        return presets;
    }

    /** The presets, then the tenant's own templates. */
    @Transactional(readOnly = true)
    public List<ReportTemplate> all() {
        List<ReportTemplate> all = new ArrayList<>(presets);
        all.addAll(own());
        return all;
    }

    @Transactional(readOnly = true)
    public Optional<ReportTemplate> find(String code) {
        return all().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The named template, or the default for a tenant without a choice (the most complete preset). */
    @Transactional(readOnly = true)
    public ReportTemplate require(String code) {
        if (code == null || code.isBlank()) {
            return presets.stream()
                    .filter(t -> t.code().equals("tha-phae-2567"))
                    .findFirst()
                    .orElseThrow();
        }
        return find(code)
                .orElseThrow(() -> ApiProblem.invalid(
                        "template",
                        "must be one of "
                                + all().stream().map(ReportTemplate::code).toList()));
    }

    /** Stores the tenant's own template (a preset's code cannot be taken); true when it is new. */
    @Transactional
    public boolean save(String code, ReportTemplate template) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (!CODE.matcher(code).matches()) {
            errors.add(Problems.fieldError("code", "must be 2-40 lowercase letters, digits or -"));
        }
        if (presets.stream().anyMatch(p -> p.code().equals(code))) {
            errors.add(Problems.fieldError("code", "is a preset; choose a code of your own"));
        }
        if (template.code() != null && !template.code().equals(code)) {
            errors.add(Problems.fieldError("code", "must be " + code + ", the code in the path"));
        }
        if (template.nameTh() == null
                || template.nameTh().isBlank()
                || template.nameTh().length() > 200) {
            errors.add(Problems.fieldError("nameTh", "must be 1-200 characters"));
        }
        if (template.digits() == null) {
            errors.add(Problems.fieldError("digits", "must be THAI or ARABIC"));
        }
        if (template.sections() == null
                || template.sections().isEmpty()
                || template.sections().stream().distinct().count()
                        != template.sections().size()) {
            errors.add(Problems.fieldError("sections", "must list at least one section, each once"));
        }
        if (template.measureLayout() == null || template.grouping() == null || template.periodStyle() == null) {
            errors.add(Problems.fieldError("measureLayout", "measureLayout, grouping and periodStyle are required"));
        }
        List<ReportTemplate.Column> columns = template.columns() == null ? List.of() : template.columns();
        if (columns.isEmpty() || columns.size() > 8) {
            errors.add(Problems.fieldError("columns", "must have 1 to 8 columns"));
        }
        for (int i = 0; i < columns.size(); i++) {
            ReportTemplate.Column c = columns.get(i);
            if (c == null
                    || c.field() == null
                    || c.heading() == null
                    || c.heading().isBlank()
                    || c.heading().length() > 200
                    || c.width() < 1
                    || c.width() > 100) {
                errors.add(Problems.fieldError(
                        "columns[" + i + "]", "needs a field, a heading (1-200) and a width 1-100"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        ReportTemplate stored = new ReportTemplate(
                code,
                template.nameTh().strip(),
                template.digits(),
                template.sections(),
                template.measureLayout(),
                template.grouping(),
                template.periodStyle(),
                columns);
        Integer updated = jdbc.queryForObject("""
                INSERT INTO report_templates (code, document) VALUES (?, ?::jsonb)
                ON CONFLICT (code) DO UPDATE SET document = excluded.document, updated_at = now()
                RETURNING (xmax = 0)::int""", Integer.class, code, json.writeValueAsString(stored));
        return updated != null && updated == 1;
    }

    @Transactional
    public void delete(String code) {
        if (jdbc.update("DELETE FROM report_templates WHERE code = ?", code) == 0) {
            throw ApiProblem.notFound("แม่แบบรายงานของเทศบาลรหัส " + code);
        }
    }

    private List<ReportTemplate> own() {
        return jdbc.query(
                "SELECT document::text FROM report_templates ORDER BY code",
                (rs, i) -> json.readValue(rs.getString(1), ReportTemplate.class));
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
