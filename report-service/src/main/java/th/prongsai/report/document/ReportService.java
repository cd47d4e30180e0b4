package th.prongsai.report.document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.ita.scoring.Analysis;
import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.department.DepartmentService;
import th.prongsai.report.document.ReportAssembler.ReportData;
import th.prongsai.report.document.ReportLayout.ApproverBlock;
import th.prongsai.report.document.ReportLayout.Paragraphs;
import th.prongsai.report.framework.FrameworkCatalog;
import th.prongsai.report.measure.AttachmentService;
import th.prongsai.report.measure.MeasureService;
import th.prongsai.report.measure.MeasureService.MeasureView;
import th.prongsai.report.measure.ThemeService;
import th.prongsai.report.schema.TenantSchemas;
import th.prongsai.report.scores.ScoreService;
import th.prongsai.report.scores.ScoreService.ScoreView;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.context.TenantContext;

/** The measure report of the tenant in {@code TenantContext}, in any format, from the data as it is now. */
@Service
public class ReportService {

    /** The report in one of {@link #formats()}: a file, or the JSON document. */
    public sealed interface Report permits Document, ReportJson {}

    /** A rendered report. */
    public record Document(String fileName, String mediaType, byte[] bytes) implements Report {}

    /**
     * The JSON format ({@code prongsai.report/1}): the report's data with every figure computed, stable field names.
     * Schema: docs/report-format.md.
     */
    public record ReportJson(
            String schema,
            String tenant,
            String municipality,
            int fiscalYear,
            String template,
            String digits,
            Instant generatedAt,
            ScoreView scores,
            Analysis analysis,
            List<ThemeService.ThemeView> themes,
            List<MeasureJson> measures)
            implements Report {}

    public record MeasureJson(MeasureView measure, List<String> departments) {}

    /** Not a file: the report's data, answered as the response body. */
    static final String JSON = "json";

    private final TenantSchemas tenants;
    private final FrameworkCatalog frameworks;
    private final MeasureService measures;
    private final ThemeService themes;
    private final DepartmentService departments;
    private final ScoreService scores;
    private final ReportTemplates templates;
    private final ReportAssembler assembler;
    private final ReportSettings settings;
    private final PeerStanding peers;
    private final Map<String, ReportRenderer> renderers;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate reads;

    public ReportService(
            TenantSchemas tenants,
            FrameworkCatalog frameworks,
            MeasureService measures,
            ThemeService themes,
            DepartmentService departments,
            ScoreService scores,
            ReportTemplates templates,
            ReportAssembler assembler,
            ReportSettings settings,
            PeerStanding peers,
            List<ReportRenderer> renderers,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.settings = settings;
        this.peers = peers;
        this.tenants = tenants;
        this.frameworks = frameworks;
        this.measures = measures;
        this.themes = themes;
        this.departments = departments;
        this.scores = scores;
        this.templates = templates;
        this.assembler = assembler;
        this.renderers = renderers.stream().collect(Collectors.toMap(ReportRenderer::format, Function.identity()));
    }

    /** The {@code format} values {@link #report} answers: every file format, and json. */
    public List<String> formats() {
        return Stream.concat(renderers.keySet().stream(), Stream.of(JSON))
                .sorted()
                .toList();
    }

    /**
     * The formats a publication stores (each has its renderer): what {@link #render} makes for it. Draft-only
     * variants (pdfa) are in {@link #formats()} but not here.
     */
    public List<String> fileFormats() {
        return renderers.values().stream()
                .filter(ReportRenderer::published)
                .map(ReportRenderer::format)
                .sorted()
                .toList();
    }

    /** What a published memo carries that a draft does not: its letter number and the approvers' decisions. */
    public record Stamp(String letterReference, List<ApproverBlock> approvers) {}

    /**
     * The draft in any of {@link #formats()} (PDF without one): the data as it is now, no letter number. The data is
     * read in one read-only transaction; the peer standing is asked from analytics after it has closed, and the file
     * is laid out and rendered without a connection held.
     */
    public Report report(
            int fiscalYear, @Nullable String format, @Nullable String templateCode, @Nullable String digitsName) {
        String wanted = format == null ? "pdf" : format;
        if (!formats().contains(wanted)) {
            throw ApiProblem.invalid("format", "must be one of " + formats());
        }
        if (wanted.equals(JSON)) {
            return reads.execute(status -> json(fiscalYear, templateCode, digitsName));
        }
        ReportRenderer renderer = renderer(wanted);
        Draft draft = reads.execute(status -> {
            ReportTemplate template = templates.require(templateCode);
            return new Draft(template, digits(digitsName, template), data(fiscalYear, null, null));
        });
        ReportData data = draft.data().withPeers(peers(fiscalYear, draft.template()));
        return file(renderer, fiscalYear, assembler.assemble(data, draft.template(), draft.digits()));
    }

    /**
     * The peer standing section the template asks for, from analytics (null without one). A remote call: ask it
     * before opening a transaction, never inside one (it could hold a pooled connection for its whole timeout).
     */
    public @Nullable Paragraphs peerStanding(int fiscalYear, @Nullable String templateCode) {
        return peers(fiscalYear, templates.require(templateCode));
    }

    /**
     * The report as a file of one of {@link #fileFormats()}, inside the caller's transaction: a draft without a
     * stamp; {@code peerStanding} as {@link #peerStanding} gave it before the transaction began.
     */
    @Transactional(readOnly = true)
    public Document render(
            int fiscalYear,
            String format,
            @Nullable String templateCode,
            @Nullable String digitsName,
            @Nullable Stamp stamp,
            @Nullable Paragraphs peerStanding) {
        ReportRenderer renderer = renderer(format);
        ReportTemplate template = templates.require(templateCode);
        DigitStyle digits = digits(digitsName, template);
        return file(renderer, fiscalYear, assembler.assemble(data(fiscalYear, stamp, peerStanding), template, digits));
    }

    /** What a draft is made from, read in one transaction. */
    private record Draft(ReportTemplate template, DigitStyle digits, ReportData data) {}

    private ReportRenderer renderer(String format) {
        ReportRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw ApiProblem.invalid("format", "must be one of " + fileFormats());
        }
        return renderer;
    }

    private static Document file(ReportRenderer renderer, int fiscalYear, ReportLayout layout) {
        String tenant = TenantContext.require().value();
        return new Document(
                tenant + "-" + fiscalYear + "-report." + renderer.extension(),
                renderer.mediaType(),
                renderer.render(layout));
    }

    private @Nullable Paragraphs peers(int fiscalYear, ReportTemplate template) {
        return template.sections().contains(ReportTemplate.SectionKind.PEERS)
                ? peers.section(TenantContext.require().value(), fiscalYear).orElse(null)
                : null;
    }

    private ReportJson json(int fiscalYear, @Nullable String templateCode, @Nullable String digitsName) {
        ReportTemplate template = templates.require(templateCode);
        DigitStyle digits = digits(digitsName, template);
        ReportData data = data(fiscalYear, null, null);
        return new ReportJson(
                "prongsai.report/1",
                data.tenantCode(),
                data.municipality(),
                fiscalYear,
                template.code(),
                digits.name(),
                Instant.now(),
                data.scores(),
                data.analysis(),
                data.themes(),
                data.measures().stream()
                        .map(m -> new MeasureJson(
                                m,
                                m.departmentIds().stream()
                                        .map(data.departments()::get)
                                        .toList()))
                        .toList());
    }

    /**
     * A fingerprint of everything the report shows (measures with their versions, themes, scores): it changes
     * whenever the data is edited, which turns a submitted report back into a draft.
     */
    @Transactional(readOnly = true)
    public String fingerprint(int fiscalYear) {
        return fingerprints(List.of(fiscalYear)).get(fiscalYear);
    }

    /**
     * {@link #fingerprint} of several years in three queries: ids and versions only, in the order the report lists
     * them (measures and themes by number, the year's and last year's scores when their year has a framework).
     */
    @Transactional(readOnly = true)
    public Map<Integer, String> fingerprints(Collection<Integer> fiscalYears) {
        Map<Integer, StringBuilder> texts = new TreeMap<>();
        fiscalYears.forEach(year -> texts.put(year, new StringBuilder()));
        Integer[] years = texts.keySet().toArray(Integer[]::new);
        jdbc.query(
                "SELECT fiscal_year, id, version FROM measures WHERE fiscal_year = ANY (?) ORDER BY fiscal_year, number",
                rs -> {
                    texts.get(rs.getInt(1))
                            .append(rs.getLong(2))
                            .append(':')
                            .append(rs.getLong(3))
                            .append(';');
                },
                (Object) years);
        jdbc.query(
                "SELECT fiscal_year, id, version FROM themes WHERE fiscal_year = ANY (?) ORDER BY fiscal_year, number",
                rs -> {
                    texts.get(rs.getInt(1))
                            .append('t')
                            .append(rs.getLong(2))
                            .append(':')
                            .append(rs.getLong(3))
                            .append(';');
                },
                (Object) years);
        Map<Integer, Long> scoreVersions = new HashMap<>();
        Integer[] withPrevious = texts.keySet().stream()
                .flatMap(year -> Stream.of(year, year - 1))
                .distinct()
                .toArray(Integer[]::new);
        jdbc.query(
                "SELECT fiscal_year, version FROM score_sheets WHERE fiscal_year = ANY (?)",
                rs -> {
                    scoreVersions.put(rs.getInt(1), rs.getLong(2));
                },
                (Object) withPrevious);
        // Scores count only where the year has a framework, as ScoreService.find shows them.
        scoreVersions.keySet().removeIf(year -> frameworks.find(year).isEmpty());
        Map<Integer, String> result = new HashMap<>();
        texts.forEach((year, text) -> {
            if (scoreVersions.containsKey(year)) {
                text.append("s:").append(scoreVersions.get(year));
            }
            if (scoreVersions.containsKey(year - 1)) {
                text.append("p:").append(scoreVersions.get(year - 1));
            }
            result.put(year, AttachmentService.sha256(text.toString().getBytes(StandardCharsets.UTF_8)));
        });
        return result;
    }

    private ReportData data(int fiscalYear, @Nullable Stamp stamp, @Nullable Paragraphs peerStanding) {
        TenantCode tenant = TenantContext.require();
        String municipality = tenants.find(tenant).map(r -> r.nameTh()).orElse(tenant.value());
        ReportSettings.Settings configured = settings.current();
        return new ReportData(
                tenant.value(),
                municipality,
                configured.phone(),
                fiscalYear,
                frameworks.require(fiscalYear),
                measures.all(fiscalYear),
                themes.list(fiscalYear),
                departments.names(),
                scores.find(fiscalYear).orElse(null),
                scores.findAnalysis(fiscalYear).orElse(null),
                peerStanding,
                stamp == null ? "ร่าง (ยังไม่ได้ออกเลขที่หนังสือ)" : stamp.letterReference(),
                stamp == null
                        ? configured.approvalChain().stream()
                                .map(step -> new ApproverBlock(step.positionTh(), null, null, null))
                                .toList()
                        : stamp.approvers());
    }

    private static DigitStyle digits(@Nullable String name, ReportTemplate template) {
        if (name == null || name.isBlank()) {
            return template.digits();
        }
        return switch (name) {
            case "thai" -> DigitStyle.THAI;
            case "arabic" -> DigitStyle.ARABIC;
            default -> throw ApiProblem.invalid("digits", "must be thai or arabic");
        };
    }
}
