package th.prongsai.report.document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import th.prongsai.ita.thai.DigitStyle;

/**
 * A measure report laid out for a reader, independent of the file format: every text is final (numbers computed,
 * digits already in the layout's {@code digits} style, dates in Thai), and the renderers (PDF, DOCX, HTML) only place
 * it on pages, writing what they add themselves (page numbers) in the same style. Sections come in the order the
 * template chose.
 */
public record ReportLayout(Meta meta, DigitStyle digits, List<Section> sections) {

    /** Document properties (PDF metadata, DOCX core properties, HTML head). */
    public record Meta(
            String title,
            String subject,
            String author,
            String keywords,
            String language,
            int fiscalYear,
            Instant generatedAt) {}

    public enum Orientation {
        PORTRAIT,
        LANDSCAPE
    }

    /** One part of the report; a renderer starts a new page when the orientation changes. */
    public sealed interface Section permits Memo, Paragraphs, Table {
        Orientation orientation();
    }

    /**
     * The internal memo (บันทึกข้อความ) that covers the report, always portrait.
     *
     * @param agency     ส่วนราชการ, with the phone number
     * @param reference  ที่: letter code and running number, e.g. "ตร ๕๒๐๐๑/๑๒๓"
     * @param date       วันที่, in Thai
     * @param subject    เรื่อง
     * @param to         เรียน
     * @param body       headed paragraphs: เรื่องเดิม, ข้อเท็จจริง, ข้อพิจารณา
     * @param closing    e.g. "จึงเรียนมาเพื่อโปรดทราบ"
     * @param approvers  one comment block each, in the order of the approval chain
     */
    public record Memo(
            String agency,
            String reference,
            String date,
            String subject,
            String to,
            List<HeadedParagraph> body,
            String closing,
            String signatureName,
            String signaturePosition,
            List<ApproverBlock> approvers)
            implements Section {
        @Override
        public Orientation orientation() {
            return Orientation.PORTRAIT;
        }
    }

    public record HeadedParagraph(String heading, String text) {}

    /**
     * A comment block with dotted lines for one approver. {@code comment}, {@code name} and {@code date} are
     * filled once that approver has approved (the published version), else null and the lines stay empty.
     */
    public record ApproverBlock(String position, String comment, String name, String date) {

        /** "ความเห็นปลัดเทศบาล", as the paper memo heads each approver's block. */
        public String heading() {
            String of = position == null ? "" : position;
            return of.startsWith("ความเห็น") ? of : "ความเห็น" + of;
        }
    }

    /** A heading with plain paragraphs (the framework explained, the analysis, the outcome summary). */
    public record Paragraphs(String heading, List<String> paragraphs, Orientation orientation) implements Section {}

    /** What a table shows, so that a reader of the layout (the CSV export) finds it without reading its heading. */
    public enum TableKind {
        SCORES,
        COMPARISON,
        MEASURES
    }

    /**
     * A table: headings repeated on every page, groups (a theme, an indicator) as rows spanning all columns.
     *
     * @param widths relative column widths, one per column
     */
    public record Table(
            TableKind kind,
            String heading,
            List<String> columns,
            List<Integer> widths,
            List<Row> rows,
            String note,
            Orientation orientation)
            implements Section {}

    /** A data row (one cell per column; a cell may hold line breaks) or a group heading (one cell). */
    public record Row(boolean group, List<String> cells) {
        public static Row group(String title) {
            return new Row(true, List.of(title));
        }

        public static Row data(List<String> cells) {
            return new Row(false, cells);
        }

        /** A group row's title (its cells as one line). */
        public String title() {
            return cells == null
                    ? ""
                    : String.join(" ", cells.stream().filter(c -> c != null).toList());
        }

        /** Exactly {@code columns} cells: missing ones empty, extra ones kept in the last column rather than lost. */
        public List<String> cells(int columns) {
            List<String> given = cells == null ? List.of() : cells;
            List<String> fitted = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                if (c < columns - 1 || given.size() <= columns) {
                    fitted.add(c < given.size() && given.get(c) != null ? given.get(c) : "");
                } else {
                    fitted.add(String.join("\n", given.subList(c, given.size())));
                }
            }
            return fitted;
        }
    }
}
