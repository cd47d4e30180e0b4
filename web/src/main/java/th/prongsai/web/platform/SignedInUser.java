package th.prongsai.web.platform;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is signed in, kept in the server-side session: the platform token (never sent to the browser) and
 * the claims the pages need to choose what to show. The gateway, not this record, decides what is allowed.
 *
 * @param tenant   the municipality's code for municipal users, else null
 * @param province the 2-digit province code of a provincial officer, else null
 * @param position OFFICER, HEAD_OF_OFFICE, CLERK or MAYOR for municipal users who have one, else null
 */
public record SignedInUser(
        String username,
        String token,
        Instant expiresAt,
        Set<String> roles,
        @Nullable String tenant,
        @Nullable String province,
        @Nullable String position)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    public boolean isNationalAdmin() {
        return roles.contains("NATIONAL_ADMIN");
    }

    public boolean isProvincialOfficer() {
        return roles.contains("PROVINCIAL_OFFICER");
    }

    public boolean isMunicipalAdmin() {
        return roles.contains("MUNICIPAL_ADMIN");
    }

    public boolean isMunicipalOfficer() {
        return roles.contains("MUNICIPAL_OFFICER");
    }

    /** Head of office, clerk or mayor: a step of the approval chain. */
    public boolean isApprover() {
        return position != null && !"OFFICER".equals(position);
    }

    /** May change this municipality's data (the gateway enforces the same rule on every write). */
    public boolean mayEdit(String code) {
        return isNationalAdmin() || (code.equals(tenant) && (isMunicipalOfficer() || isMunicipalAdmin()));
    }

    /** Whether the person signed in now may change this municipality's data; no one signed in may not. */
    public static boolean mayEditNow(String code) {
        return current().map(u -> u.mayEdit(code)).orElse(false);
    }

    public boolean isOf(String code) {
        return code.equals(tenant);
    }
}
