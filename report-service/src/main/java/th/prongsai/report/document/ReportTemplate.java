package th.prongsai.report.document;

import java.util.List;
import th.prongsai.ita.thai.DigitStyle;

/**
 * Which sections a report has and in what order, and how its measures are laid out: the columns with their
 * headings, a table or one block per measure, grouped by theme, by indicator or not at all, the digit style and
 * how periods are written. The five presets reproduce the seed reports' layouts (resources {@code report-templates/}).
 */
public record ReportTemplate(
        String code,
        String nameTh,
        DigitStyle digits,
        List<SectionKind> sections,
        MeasureLayout measureLayout,
        Grouping grouping,
        PeriodStyle periodStyle,
        List<Column> columns) {

    /** PEERS: the municipality among its province's and type's peers, when analytics is available. */
    public enum SectionKind {
        MEMO,
        FRAMEWORK,
        SCORES,
        COMPARISON,
        PEERS,
        ANALYSIS,
        MEASURES,
        OUTCOME_SUMMARY
    }

    public enum MeasureLayout {
        TABLE,
        BLOCKS
    }

    public enum Grouping {
        NONE,
        THEME,
        INDICATOR
    }

    /** LONG: "มกราคม 2564 ถึง มีนาคม 2564"; SHORT: "ต.ค. 67 - ก.ย. 68". */
    public enum PeriodStyle {
        LONG,
        SHORT
    }

    public enum Field {
        TITLE,
        METHOD,
        DEPARTMENTS,
        PERIOD,
        MONITORING,
        STATUS,
        OUTPUT,
        OUTCOME,
        RECOMMENDATION,
        INDICATORS,
        EVIDENCE
    }

    public record Column(Field field, String heading, int width) {}
}
