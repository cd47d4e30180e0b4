package th.prongsai.report.document.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Tells OpenPDF where a line may break, from ICU4J's dictionary-based Thai line breaker: Thai has no spaces between
 * words, and OpenPDF's default only breaks at spaces and hyphens (a whole Thai sentence would overflow) while the
 * JDK's iterator splits words like "ความ" and abbreviations like "ป.ป.ช.". Inserting U+200B instead would leak into
 * copied text, so the break opportunities are answered here and the text stays as written.
 *
 * <p>One instance per rendering (it caches the boundaries of the chunk being split; not thread-safe).
 */
final class ThaiLineBreaks implements SplitCharacter {

    private static final BreakIterator PROTOTYPE = BreakIterator.getLineInstance(new ULocale("th"));

    private final BreakIterator iterator = (BreakIterator) PROTOTYPE.clone();
    private char[] cached;
    private int cachedEnd = -1;
    private char[] cachedText = new char[0];
    private final BitSet breakAfter = new BitSet();

    /**
     * OpenPDF asks position by position. Two callers: a chunk being split (a fresh array per call, start 0) and a
     * cell's or paragraph's line builder (one reused buffer holding the whole paragraph, {@code end} its length,
     * refilled for the next paragraph). The boundaries are computed once per text and checked again at the start
     * of each line, where a refilled buffer would show.
     */
    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = cc[current];
        if (c <= ' ') {
            return true;
        }
        if (cc != cached || end != cachedEnd || (current == start && !Arrays.equals(cc, 0, end, cachedText, 0, end))) {
            cached = cc;
            cachedEnd = end;
            cachedText = Arrays.copyOf(cc, end);
            breakAfter.clear();
            iterator.setText(new String(cachedText));
            for (int b = iterator.next(); b != BreakIterator.DONE && b < end; b = iterator.next()) {
                breakAfter.set(b - 1);
            }
        }
        return breakAfter.get(current);
    }

    /** The words of a text as ICU splits it for lines (tests, diagnostics). */
    static List<String> segments(String text) {
        return pieces((BreakIterator) PROTOTYPE.clone(), text);
    }

    /** The text cut at every boundary {@code it} finds (words, grapheme clusters); the pieces join back to it. */
    static List<String> pieces(BreakIterator it, String text) {
        it.setText(text);
        List<String> out = new ArrayList<>();
        int from = it.first();
        for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
            out.add(text.substring(from, to));
        }
        return out;
    }
}
