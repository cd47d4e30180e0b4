package th.prongsai.ita.thai;

import java.util.Objects;

/** The digits a document uses: Thai (เลขไทย ๐–๙, encouraged in official documents) or Arabic (0–9). */
public enum DigitStyle {
    THAI,
    ARABIC;

    private static final char THAI_ZERO = '๐';
    private static final char THAI_NINE = '๙';

    /** The text with its digits turned into this style; every other character is kept. */
    public String apply(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (this == THAI && c >= '0' && c <= '9') {
                result.append((char) (THAI_ZERO + (c - '0')));
            } else if (this == ARABIC && c >= THAI_ZERO && c <= THAI_NINE) {
                result.append((char) ('0' + (c - THAI_ZERO)));
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** The zero digit of this style, for {@link java.time.format.DecimalStyle}. */
    char zeroDigit() {
        return this == THAI ? THAI_ZERO : '0';
    }
}
