package th.prongsai.report.document;

import th.prongsai.ita.thai.DigitStyle;
import th.prongsai.report.document.ReportLayout.ApproverBlock;
import th.prongsai.report.document.ReportLayout.HeadedParagraph;
import th.prongsai.report.document.ReportLayout.Memo;
import th.prongsai.report.document.ReportLayout.Paragraphs;
import th.prongsai.report.document.ReportLayout.Row;
import th.prongsai.report.document.ReportLayout.Section;
import th.prongsai.report.document.ReportLayout.Table;

/** Sets a layout in a digit style: every text of it (dates, figures, numbers alike), and the style it carries. */
final class Digits {

    private Digits() {}

    static ReportLayout apply(ReportLayout layout, DigitStyle style) {
        ReportLayout.Meta m = layout.meta();
        ReportLayout.Meta meta = new ReportLayout.Meta(
                t(m.title(), style),
                t(m.subject(), style),
                m.author(),
                m.keywords(),
                m.language(),
                m.fiscalYear(),
                m.generatedAt());
        return new ReportLayout(
                meta,
                style,
                layout.sections().stream().map(s -> section(s, style)).toList());
    }

    private static Section section(Section section, DigitStyle s) {
        return switch (section) {
            case Memo m ->
                new Memo(
                        t(m.agency(), s),
                        t(m.reference(), s),
                        t(m.date(), s),
                        t(m.subject(), s),
                        t(m.to(), s),
                        m.body().stream()
                                .map(p -> new HeadedParagraph(p.heading(), t(p.text(), s)))
                                .toList(),
                        m.closing(),
                        m.signatureName(),
                        m.signaturePosition(),
                        m.approvers().stream()
                                .map(a -> new ApproverBlock(a.position(), t(a.comment(), s), a.name(), t(a.date(), s)))
                                .toList());
            case Paragraphs p ->
                new Paragraphs(
                        t(p.heading(), s),
                        p.paragraphs().stream().map(x -> t(x, s)).toList(),
                        p.orientation());
            case Table tb ->
                new Table(
                        tb.kind(),
                        t(tb.heading(), s),
                        tb.columns().stream().map(x -> t(x, s)).toList(),
                        tb.widths(),
                        tb.rows().stream()
                                .map(r -> new Row(
                                        r.group(),
                                        r.cells().stream().map(x -> t(x, s)).toList()))
                                .toList(),
                        t(tb.note(), s),
                        tb.orientation());
        };
    }

    private static String t(String text, DigitStyle style) {
        return text == null ? null : style.apply(text);
    }
}
