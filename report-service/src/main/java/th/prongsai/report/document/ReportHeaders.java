package th.prongsai.report.document;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The headers every served report file carries, draft or published: one place for its browser policy. */
public final class ReportHeaders {

    /**
     * The HTML report is one self-contained page: its own inline styles, perhaps data: images or fonts, no script,
     * no request anywhere. Framed only by the platform's own pages (the web's approval preview).
     */
    public static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "font-src data:; frame-ancestors 'self'; form-action 'none'; base-uri 'none'";

    private ReportHeaders() {}

    /** nosniff on every file; the policy on HTML (not on PDF, whose built-in browser viewer a policy can block). */
    public static <B extends ResponseEntity.HeadersBuilder<B>> B apply(B response, String mediaType) {
        response.header("X-Content-Type-Options", "nosniff");
        if (MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(mediaType))) {
            response.header("Content-Security-Policy", HTML_POLICY);
        }
        return response;
    }
}
