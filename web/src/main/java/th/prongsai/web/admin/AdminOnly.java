package th.prongsai.web.admin;

import th.prongsai.web.errors.PageRefused;
import th.prongsai.web.platform.SignedInUser;

/**
 * The municipality's admin pages are for its admin (and national admins). Some of the APIs behind them answer
 * any user of the municipality (settings, templates), so the page itself says no, with the same Thai 403 page;
 * the API still refuses every change on its own.
 */
final class AdminOnly {

    private AdminOnly() {}

    /** The signed-in admin of {@code code}, or a 403 page. */
    static SignedInUser require(String code) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        if (user.isNationalAdmin() || (user.isMunicipalAdmin() && user.isOf(code))) {
            return user;
        }
        throw PageRefused.forbidden("admin.only");
    }
}
