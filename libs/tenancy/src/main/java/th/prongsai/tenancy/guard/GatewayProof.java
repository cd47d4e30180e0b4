package th.prongsai.tenancy.guard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The gateway's proof that it forwarded a tenant request: HMAC-SHA256 of the tenant code and the caller's
 * bearer token, keyed with a secret only the gateway and the services know ({@code ita.gateway.secret}, env
 * {@code ITA_GATEWAY_SECRET}). A client can set any header it likes, but cannot compute this one, so a direct
 * call to a service's {@code /t/{code}/**} is refused however it is dressed up. Plain Java: the gateway
 * (WebFlux) computes it, {@link TenantGuardFilter} (servlet) checks it.
 */
public final class GatewayProof {

    /** The header that carries the proof from the gateway to a service. */
    public static final String HEADER = "X-Gateway-Proof";
    /** The configuration property holding the shared secret. */
    public static final String SECRET_PROPERTY = "ita.gateway.secret";
    /** Fewer characters than this are refused: a guessable secret would be no proof at all. */
    public static final int MIN_SECRET_LENGTH = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final String BEARER = "bearer ";

    private final SecretKeySpec key;
    /** Initialised once; each proof works on a clone (a Mac is not thread-safe, and getInstance costs a lookup). */
    private final Mac prototype;

    private GatewayProof(SecretKeySpec key) {
        this.key = key;
        this.prototype = newMac(key);
    }

    /** @throws IllegalStateException when the secret is missing or shorter than {@link #MIN_SECRET_LENGTH} */
    public static GatewayProof withSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException(SECRET_PROPERTY + " (env ITA_GATEWAY_SECRET) is not set: the gateway and "
                    + "the services need the same secret (./platform up generates one per run)");
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalStateException(SECRET_PROPERTY + " must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        return new GatewayProof(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
    }

    /** The proof for this tenant code and bearer token (the token without its {@code Bearer } prefix). */
    public String of(String tenant, String bearerToken) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(tenant, bearerToken));
    }

    /** Whether {@code proof} is the one for this tenant and token; false for anything missing. Constant time. */
    public boolean verifies(String tenant, String bearerToken, String proof) {
        if (tenant == null || bearerToken == null || proof == null) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(proof);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(tenant, bearerToken), given);
    }

    /** The token of an {@code Authorization: Bearer …} header as both sides read it; null for anything else. */
    public static String bearerToken(String authorization) {
        if (authorization == null
                || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    private byte[] mac(String tenant, String bearerToken) {
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException notByThisProvider) {
            mac = newMac(key);
        }
        // the separator cannot occur in a tenant code, so ("a", "bc") and ("ab", "c") never collide
        mac.update(tenant.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) '\n');
        return mac.doFinal(bearerToken.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
