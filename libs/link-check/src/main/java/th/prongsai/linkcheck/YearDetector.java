package th.prongsai.linkcheck;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import th.prongsai.ita.thai.DigitStyle;

/**
 * Whether a page or document names a fiscal year: assessors drop an item whose document is from another year, so an
 * officer should learn it before the ITAS window. HTML and text are decoded with their charset (Thai sites still use
 * TIS-620 / windows-874); PDF text is extracted with PDFBox; other types (Word, Excel, images) are not read.
 */
final class YearDetector {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    /** A report names its year on its first pages; a 500-page scan must not cost a worker minutes. */
    private static final int MAX_PDF_PAGES = 30;

    private YearDetector() {}

    /**
     * @param body the bytes read (possibly truncated: a cut-off page still names its year near the top)
     * @param mediaType the media type without parameters, null when the server sent none
     * @param charset the Content-Type's charset parameter, null when none
     */
    static boolean namesYear(byte[] body, @Nullable String mediaType, @Nullable String charset, int year) {
        String text = text(body, mediaType, charset);
        return text != null && contains(text, year);
    }

    /** The year as a whole number, not part of a longer one (2567 in "ปี 2567", not in "125670"). */
    static boolean contains(String text, int year) {
        String arabic = Integer.toString(year);
        String thai = DigitStyle.THAI.apply(arabic);
        return containsNumber(text, arabic) || containsNumber(text, thai);
    }

    private static boolean containsNumber(String text, String digits) {
        Matcher m = Pattern.compile("(?<![0-9๐-๙])" + digits + "(?![0-9๐-๙])").matcher(text);
        return m.find();
    }

    private static @Nullable String text(byte[] body, @Nullable String mediaType, @Nullable String charset) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        boolean untyped = type.isEmpty() || type.equals("application/octet-stream");
        boolean pdf = type.equals("application/pdf") || (untyped && startsWith(body, "%PDF-"));
        if (pdf) return pdfText(body);
        if (type.isEmpty()
                || type.startsWith("text/")
                || type.equals("application/xhtml+xml")
                || type.equals("application/xml")) {
            return new String(body, charsetOf(body, charset));
        }
        return null;
    }

    private static Charset charsetOf(byte[] body, @Nullable String declared) {
        Charset c = forName(declared);
        if (c != null) return c;
        // no header charset: an HTML <meta charset> in the first bytes, else UTF-8
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            c = forName(m.group(1));
            if (c != null) return c;
        }
        return StandardCharsets.UTF_8;
    }

    private static @Nullable Charset forName(@Nullable String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            return null; // an unknown or misspelt charset: fall back
        }
    }

    private static @Nullable String pdfText(byte[] body) {
        try (PDDocument doc = Loader.loadPDF(body)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PDF_PAGES);
            return stripper.getText(doc);
        } catch (IOException | RuntimeException e) {
            return null; // damaged, encrypted or cut off by the byte limit: cannot tell
        }
    }

    private static boolean startsWith(byte[] body, String prefix) {
        if (body.length < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) if (body[i] != prefix.charAt(i)) return false;
        return true;
    }
}
