package th.prongsai.linkcheck;

import org.jspecify.annotations.Nullable;

/**
 * What a checklist URL is expected to be.
 *
 * @param mainWebsite the municipality's registered website (the registry's {@code website}), with or without a
 *     scheme, e.g. {@code https://www.thaphae.go.th}; null when none is registered (then nothing is on it)
 * @param fiscalYear the fiscal year the item is for, in the Buddhist era, e.g. 2567
 */
public record Expectations(@Nullable String mainWebsite, int fiscalYear) {

    public Expectations {
        if (fiscalYear < 2400 || fiscalYear > 2800)
            throw new IllegalArgumentException("fiscalYear must be a Buddhist-era year, e.g. 2567: " + fiscalYear);
    }
}
