package th.prongsai.report.document.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Thai distributed alignment, as official memos are set (Word's {@code thaiDistribute}): a paragraph is broken into
 * lines between words (ICU4J's dictionary line breaker, as {@link ThaiLineBreaks}), and every line but the last is
 * filled to its width by spreading the extra space evenly over the gaps between grapheme clusters. A Thai cluster is
 * a base with the marks above and below it, so a mark never moves off its base: OpenPDF's own justification widens
 * the character spacing of every glyph, marks included, which pulls them off (decision 0008). The last line of a
 * paragraph stays left-aligned, and so does a line that would need gaps wider than {@link #MAX_GAP} of the type size
 * (a long word wrapped alone), where the spread would read as spaces in the text and when copied.
 *
 * <p>The model only: {@link PdfReportRenderer} sets each cluster at its {@link Cluster#x()}.
 */
final class ThaiDistributedLines {

    /** The widest gap between clusters, × the type size: below the word gap text extraction reads as a space. */
    static final double MAX_GAP = 0.08;

    private static final BreakIterator LINES = BreakIterator.getLineInstance(new ULocale("th"));
    private static final BreakIterator CLUSTERS = BreakIterator.getCharacterInstance(new ULocale("th"));

    /** A grapheme cluster of a line, at {@code x} from the line's start, {@code width} wide at its natural size. */
    record Cluster(String text, double x, double width) {}

    /** A line: its text (no trailing spaces), its clusters, whether they are spread to fill the width. */
    record Line(String text, List<Cluster> clusters, boolean distributed) {

        /** Where the line's last cluster ends. */
        double end() {
            Cluster last = clusters.getLast();
            return last.x() + last.width();
        }
    }

    private ThaiDistributedLines() {}

    /**
     * The lines of {@code text}, the first {@code firstWidth} wide (it carries the indent), the others {@code width};
     * {@code measure} gives a string's natural width, {@code size} the type size (for {@link #MAX_GAP}).
     */
    static List<Line> lines(
            String text, double firstWidth, double width, double size, ToDoubleFunction<String> measure) {
        List<String> texts = breakLines(text, firstWidth, width, measure);
        List<Line> lines = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            double available = i == 0 ? firstWidth : width;
            lines.add(layout(texts.get(i), available, i == texts.size() - 1, size, measure));
        }
        return lines;
    }

    /** Greedy: as many words as fit, a word wider than a whole line broken between its clusters. */
    private static List<String> breakLines(
            String text, double firstWidth, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : ThaiLineBreaks.pieces((BreakIterator) LINES.clone(), text)) {
            double available = lines.isEmpty() ? firstWidth : width;
            String candidate = line + word;
            if (measure.applyAsDouble(candidate.stripTrailing()) <= available) {
                line.append(word);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                available = width;
            }
            if (measure.applyAsDouble(word.stripTrailing()) <= available) {
                line.append(word);
                continue;
            }
            for (String cluster : ThaiLineBreaks.pieces((BreakIterator) CLUSTERS.clone(), word)) {
                if (!line.isEmpty() && measure.applyAsDouble((line + cluster).stripTrailing()) > available) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    available = width;
                }
                line.append(cluster);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static Line layout(
            String text, double available, boolean last, double size, ToDoubleFunction<String> measure) {
        List<String> clusters = ThaiLineBreaks.pieces((BreakIterator) CLUSTERS.clone(), text);
        double natural = measure.applyAsDouble(text);
        double gap = clusters.size() > 1 ? (available - natural) / (clusters.size() - 1) : 0;
        boolean distributed = !last && gap > 0 && gap <= MAX_GAP * size;
        List<Cluster> out = new ArrayList<>(clusters.size());
        StringBuilder before = new StringBuilder();
        for (int i = 0; i < clusters.size(); i++) {
            String c = clusters.get(i);
            // Positions from the width of everything before (not a sum of cluster widths): kerning across clusters
            // and shaping stay as the font would set the run.
            double start = measure.applyAsDouble(before.toString()) + (distributed ? i * gap : 0);
            out.add(new Cluster(c, start, measure.applyAsDouble(c)));
            before.append(c);
        }
        return new Line(text, out, distributed);
    }
}
