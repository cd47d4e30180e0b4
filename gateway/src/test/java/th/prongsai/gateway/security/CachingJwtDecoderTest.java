package th.prongsai.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();

    private ReactiveJwtDecoder verifier(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            if (token.startsWith("bad")) {
                return Mono.error(new JwtException("bad signature"));
            }
            return Mono.just(Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject("u")
                    .issuedAt(NOW.minusSeconds(10))
                    .expiresAt(expiresAt)
                    .build());
        };
    }

    @Test
    void aVerifiedTokenIsNotVerifiedAgainUntilItExpires() {
        var clock = new MutableClock(NOW);
        var decoder = new CachingJwtDecoder(verifier(NOW.plusSeconds(60)), 100, clock);
        decoder.decode("t1").block();
        decoder.decode("t1").block();
        assertThat(verifications).hasValue(1);

        clock.now = NOW.plusSeconds(61);
        decoder.decode("t1").block();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void refusedTokensAreNeverCachedAndTheCacheIsBounded() {
        var decoder = new CachingJwtDecoder(verifier(NOW.plusSeconds(60)), 3, new MutableClock(NOW));
        for (int i = 0; i < 2; i++) {
            assertThat(decoder.decode("bad").onErrorResume(e -> Mono.empty()).block())
                    .isNull();
        }
        assertThat(verifications).hasValue(2);
        for (int i = 0; i < 10; i++) {
            decoder.decode("t" + i).block();
        }
        assertThat(decoder.size()).isLessThanOrEqualTo(3);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
