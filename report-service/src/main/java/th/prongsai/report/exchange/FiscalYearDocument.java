package th.prongsai.report.exchange;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import th.prongsai.report.measure.EvidenceLink;
import th.prongsai.report.measure.MeasureStatus;
import th.prongsai.report.measure.ProgressNote;

/**
 * A whole fiscal year of one municipality as a portable document ({@value #FORMAT}): what export writes and import
 * reads, so a round trip loses nothing. Departments and themes are named, not numbered by id, so a document moves
 * between tenants. Schema: {@code docs/fiscal-year-format.md}.
 */
record FiscalYearDocument(
        String format,
        Integer fiscalYear,
        List<String> departments,
        List<ThemeEntry> themes,
        List<MeasureEntry> measures,
        ScoresEntry scores) {

    public static final String FORMAT = "prongsai.fiscal-year/1";

    public record ThemeEntry(Integer number, String title) {}

    public record MeasureEntry(
            Integer number,
            String title,
            Integer theme,
            List<String> indicatorCodes,
            List<String> methodSteps,
            List<String> departments,
            YearMonth startMonth,
            YearMonth endMonth,
            String monitoring,
            MeasureStatus status,
            List<ProgressNote> progressNotes,
            String outputSummary,
            String outcome,
            String recommendation,
            List<EvidenceLink> evidenceLinks,
            List<AttachmentEntry> attachments) {}

    /** A file in the document; its bytes in base64, its SHA-256 checked on import when given. */
    public record AttachmentEntry(String fileName, String mediaType, String sha256, String contentBase64) {}

    public record ScoresEntry(Map<String, BigDecimal> indicators, BigDecimal publishedOverall, String publishedLevel) {}
}
