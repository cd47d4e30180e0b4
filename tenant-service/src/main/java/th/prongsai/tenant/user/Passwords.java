package th.prongsai.tenant.user;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The platform's password hashing: Argon2id for new hashes (no 72-byte input limit, so long Thai passphrases work);
 * {@code {bcrypt}} and bare bcrypt hashes from before still verify and are re-hashed at the next successful login.
 */
@Configuration(proxyBeanMethods = false)
class Passwords {

    static final String ARGON2 = "argon2id";
    static final String BCRYPT = "bcrypt";
    /**
     * 16-byte salt, 32-byte hash, 1 lane, 19 MiB, 2 passes: OWASP's recommended minimum for Argon2id. On our busy
     * 2-core machine one verification took 36–89 ms (median; 20–37 ms at best), bcrypt at cost 10 63–164 ms; each
     * login in flight holds 19 MiB.
     */
    static final int SALT = 16, HASH = 32, PARALLELISM = 1, MEMORY_KIB = 19 * 1024, ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        return encoder();
    }

    static PasswordEncoder encoder() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(
                ARGON2,
                Map.of(
                        ARGON2,
                        new Argon2PasswordEncoder(SALT, HASH, PARALLELISM, MEMORY_KIB, ITERATIONS),
                        BCRYPT,
                        bcrypt));
        // hashes stored before the prefix existed are bare bcrypt ($2a$...)
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return encoder;
    }
}
