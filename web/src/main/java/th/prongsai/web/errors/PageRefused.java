package th.prongsai.web.errors;

/**
 * The page itself says no, before or without asking the API (an admin page for someone who is not the admin, an
 * edit page for a reader, a template that does not exist): the same Thai 403 or 404 page as the API's refusals.
 */
public final class PageRefused extends RuntimeException {

    private final int status;
    private final String detailKey;

    private PageRefused(int status, String detailKey) {
        super(status + " " + detailKey, null, false, false);
        this.status = status;
        this.detailKey = detailKey;
    }

    /** 403, with a message key saying why, or null for the page's own words. */
    public static PageRefused forbidden(String detailKey) {
        return new PageRefused(403, detailKey);
    }

    /** 404. */
    public static PageRefused notFound() {
        return new PageRefused(404, null);
    }

    int status() {
        return status;
    }

    String detailKey() {
        return detailKey;
    }
}
