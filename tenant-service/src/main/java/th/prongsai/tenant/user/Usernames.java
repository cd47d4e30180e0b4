package th.prongsai.tenant.user;

import java.util.Locale;

/**
 * Usernames are case-insensitive: every username that comes in (login, creation, lookup) goes through
 * {@link #canonical}, so {@code PROBE.LOCK2} and {@code probe.lock2} are one account; the database's unique index
 * on {@code lower(username)} holds the same rule.
 */
public final class Usernames {

    private Usernames() {}

    public static String canonical(String username) {
        return username == null ? null : username.toLowerCase(Locale.ROOT);
    }
}
