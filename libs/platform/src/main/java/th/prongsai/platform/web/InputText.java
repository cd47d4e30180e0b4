package th.prongsai.platform.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one rule for text the platform accepts from a request: no control characters other than TAB, LF and CR
 * (C0, DEL and C1 would be stored and then break documents, CSV and logs), and no unpaired UTF-16 surrogate
 * (PostgreSQL would store it as {@code ?}). Applied to every JSON string by {@link StrictJson}.
 */
public final class InputText {

    /** The message a field error carries when this rule refuses its text. */
    public static final String MESSAGE = "must not contain control characters or invalid Unicode";

    private InputText() {}

    /**
     * The text of {@code bytes} when they are strict UTF-8, else empty: Java's decoder, set to report, refuses what
     * a lenient one would turn into {@code U+FFFD} or silently decode (overlong {@code C0 AF} for "/", encoded
     * surrogates).
     */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The message a field error carries when {@link #singleLine} refuses its text. */
    public static final String SINGLE_LINE_MESSAGE = "must be one line without control characters";

    /** Whether {@code text} is acceptable and one line: no TAB or line break either (names, titles, CSV cells). */
    public static boolean singleLine(CharSequence text) {
        if (!acceptable(text)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} may be stored as it is. */
    public static boolean acceptable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') {
                    return false;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
