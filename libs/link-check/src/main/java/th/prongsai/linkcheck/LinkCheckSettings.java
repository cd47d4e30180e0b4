package th.prongsai.linkcheck;

import java.time.Duration;
import java.util.Objects;

/**
 * How the checker behaves.
 *
 * @param userAgent sent with every request, so a municipality's webmaster can tell who calls
 * @param connectTimeout the longest wait for a TCP (and TLS) connection
 * @param readTimeout the longest wait for the answer and between two reads of the body; each request is also cut
 *     off after connectTimeout + 2 × readTimeout, so a server that drips bytes cannot hold a worker
 * @param maxRedirects redirects followed before the check ends as {@link Verdict#TOO_MANY_REDIRECTS}
 * @param maxBytes the most of a body read; the rest is never downloaded ({@link LinkCheck#truncated()})
 * @param perHostDelay the pause between the end of one request to a host and the start of the next
 * @param allowLoopback tests and the benchmark only: lets 127.0.0.0/8 and ::1 through, nothing else
 */
public record LinkCheckSettings(
        String userAgent,
        Duration connectTimeout,
        Duration readTimeout,
        int maxRedirects,
        long maxBytes,
        Duration perHostDelay,
        boolean allowLoopback) {

    public LinkCheckSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(perHostDelay, "perHostDelay");
        if (userAgent.isBlank()) throw new IllegalArgumentException("userAgent must identify the checker");
        if (!connectTimeout.isPositive() || !readTimeout.isPositive())
            throw new IllegalArgumentException("timeouts must be positive");
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0");
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be >= 1");
        if (perHostDelay.isNegative()) throw new IllegalArgumentException("perHostDelay must be >= 0");
    }

    /** Production: an identifying agent, 5 s to connect, 10 s to read, 5 redirects, 5 MB, 1 s per host, no loopback. */
    public static LinkCheckSettings defaults() {
        return new LinkCheckSettings(
                "Prongsai-OIT-LinkCheck/1.0 (+https://prongsai.th/bot)",
                Duration.ofSeconds(5),
                Duration.ofSeconds(10),
                5,
                5L * 1024 * 1024,
                Duration.ofSeconds(1),
                false);
    }

    /** The same settings with another per-host delay (tests and the benchmark). */
    public LinkCheckSettings withPerHostDelay(Duration delay) {
        return new LinkCheckSettings(
                userAgent, connectTimeout, readTimeout, maxRedirects, maxBytes, delay, allowLoopback);
    }

    /** The same settings with loopback allowed or not (tests and the benchmark). */
    public LinkCheckSettings withAllowLoopback(boolean allow) {
        return new LinkCheckSettings(
                userAgent, connectTimeout, readTimeout, maxRedirects, maxBytes, perHostDelay, allow);
    }
}
