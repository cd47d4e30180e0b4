package th.prongsai.tenant.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RS256 signing keys, kept in {@code tenancy.signing_keys} so tokens stay valid across restarts and
 * instances. The first start creates one; an advisory lock stops two instances starting together from each
 * creating its own.
 */
@Component
class SigningKeys {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private volatile List<RSAKey> keys;

    SigningKeys(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** The key new tokens are signed with. */
    RSAKey current() {
        return loaded().getFirst();
    }

    /** Every active key, private parts removed: the JWKS document. */
    JWKSet publicSet() {
        return new JWKSet(loaded().stream().map(k -> (JWK) k.toPublicJWK()).toList());
    }

    JWKSource<SecurityContext> jwkSource() {
        return (selector, context) ->
                selector.select(new JWKSet(loaded().stream().map(k -> (JWK) k).toList()));
    }

    private List<RSAKey> loaded() {
        List<RSAKey> current = keys;
        if (current == null) {
            synchronized (this) {
                current = keys;
                if (current == null) {
                    current = tx.execute(status -> loadOrCreate());
                    keys = current;
                }
            }
        }
        return current;
    }

    private List<RSAKey> loadOrCreate() {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('tenancy.signing_keys'))");
        List<RSAKey> found = jdbc.query(
                "SELECT kid, private_key, public_key FROM tenancy.signing_keys WHERE active ORDER BY created_at DESC",
                (rs, n) -> decode(rs.getString(1), rs.getString(2), rs.getString(3)));
        if (!found.isEmpty()) {
            return List.copyOf(found);
        }
        RSAKey created = generate();
        try {
            jdbc.update(
                    "INSERT INTO tenancy.signing_keys (kid, private_key, public_key, created_at, active) VALUES (?, ?, ?, ?, true)",
                    created.getKeyID(),
                    Base64.getEncoder().encodeToString(created.toRSAPrivateKey().getEncoded()),
                    Base64.getEncoder().encodeToString(created.toRSAPublicKey().getEncoded()),
                    Timestamp.from(Instant.now()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot encode the new signing key", e);
        }
        return List.of(created);
    }

    private static RSAKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return build(
                    UUID.randomUUID().toString(), (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    private static RSAKey decode(String kid, String privateKey, String publicKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            var pub = (RSAPublicKey) factory.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
            var priv = (RSAPrivateKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
            return build(kid, pub, priv);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored signing key " + kid + " cannot be read", e);
        }
    }

    private static RSAKey build(String kid, RSAPublicKey pub, RSAPrivateKey priv) {
        return new RSAKey.Builder(pub)
                .privateKey(priv)
                .keyID(kid)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
    }
}
