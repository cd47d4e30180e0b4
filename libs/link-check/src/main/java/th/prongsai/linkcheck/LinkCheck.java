package th.prongsai.linkcheck;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking one URL.
 *
 * @param url the URL as given
 * @param verdict how the check ended
 * @param httpStatus the last HTTP status received, null when no server answered
 * @param finalUrl the URL of the last answer received (after redirects), null when no server answered
 * @param contentType the final answer's media type without parameters, e.g. {@code text/html}, when given
 * @param bytes the final body's size: its declared Content-Length when given, else the bytes read (a lower bound
 *     when {@code truncated})
 * @param truncated the body was longer than {@link LinkCheckSettings#maxBytes()}: reading stopped there
 * @param redirects how many redirects were followed
 * @param onMainWebsite the final URL's host (or the given URL's when no server answered) is the main website's host
 *     or a sub-domain of it, a leading "www." ignored on either
 * @param namesFiscalYear a live body names the fiscal year in Arabic (2567) or Thai (๒๕๖๗) digits
 * @param checkedAt when the check started
 * @param millis how long the check took, waits for the host's turn included
 */
public record LinkCheck(
        String url,
        Verdict verdict,
        @Nullable Integer httpStatus,
        @Nullable String finalUrl,
        @Nullable String contentType,
        @Nullable Long bytes,
        boolean truncated,
        int redirects,
        boolean onMainWebsite,
        boolean namesFiscalYear,
        Instant checkedAt,
        long millis) {

    public LinkCheck {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** The page or document could be opened. */
    public boolean live() {
        return verdict == Verdict.LIVE;
    }
}
