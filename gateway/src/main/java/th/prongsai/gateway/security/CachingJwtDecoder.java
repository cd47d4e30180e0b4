package th.prongsai.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens that passed full verification (signature, issuer, expiry) until they expire, so a
 * client repeating its token costs a map lookup instead of an RSA verification. Safe because the key is
 * the whole token text: any change to a token is a different key and is verified from scratch. The one
 * trade-off: a signing key withdrawn from the JWKS keeps its already-seen tokens valid until their
 * {@code exp} (platform tokens are short-lived and never revoked one by one).
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    CachingJwtDecoder(ReactiveJwtDecoder delegate, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt cached = verified.get(token);
        if (cached != null) {
            if (clock.instant().isBefore(cached.getExpiresAt())) {
                return Mono.just(cached);
            }
            verified.remove(token);
        }
        return delegate.decode(token).doOnNext(this::remember);
    }

    private void remember(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null || maxEntries <= 0) {
            return;
        }
        if (verified.size() >= maxEntries) {
            // crude but bounded: a full cache starts over rather than tracking recency on the hot path
            verified.clear();
        }
        verified.put(jwt.getTokenValue(), jwt);
    }

    int size() {
        return verified.size();
    }
}
