package th.prongsai.report.publication;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.document.ReportHeaders;
import th.prongsai.report.publication.Publication.File;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.context.TenantContext;
import th.prongsai.tenancy.guard.TenantDirectory;

/**
 * {@code /public/{code}/reports/{fy}} (the latest published version, PDF unless {@code ?format=}) and
 * {@code …/versions/{n}}: no token, published bytes only (a draft answers 404), ETag = the file's SHA-256.
 * The URL entered into the NACC's ITAS is the versioned one, which never changes. {@code /public/{code}/reports}
 * lists the published versions with the municipality's names, for its public page.
 */
@RestController
class PublicReportController {

    /** The public listing: the municipality's names (null when the registry is unreadable) and its published versions. */
    record Listing(String code, String nameTh, String nameEn, List<PublishedReports.Entry> reports) {}

    private final Publication publication;
    private final PublishedReports published;
    private final PublicTenantNames names;
    private final TenantDirectory tenants;

    PublicReportController(
            Publication publication, PublishedReports published, PublicTenantNames names, TenantDirectory tenants) {
        this.publication = publication;
        this.published = published;
        this.names = names;
        this.tenants = tenants;
    }

    @GetMapping("/public/{code}/reports")
    ResponseEntity<Listing> list(@PathVariable String code) throws Exception {
        TenantCode tenant =
                TenantCode.parse(code).orElseThrow(() -> ApiProblem.invalid("code", "is not a tenant code"));
        if (tenants.find(tenant)
                .filter(e -> e.status() == TenantDirectory.Status.ACTIVE)
                .isEmpty()) {
            throw ApiProblem.notFound("หน่วยงาน " + code);
        }
        List<PublishedReports.Entry> reports = TenantContext.call(tenant, published::all);
        Optional<PublicTenantNames.Names> name = names.of(tenant);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .body(new Listing(
                        tenant.toString(),
                        name.map(PublicTenantNames.Names::nameTh).orElse(null),
                        name.map(PublicTenantNames.Names::nameEn).orElse(null),
                        reports));
    }

    @GetMapping("/public/{code}/reports/{fy}")
    ResponseEntity<byte[]> latest(
            @PathVariable String code,
            @PathVariable("fy") String fiscalYear,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch)
            throws Exception {
        return serve(
                code,
                fiscalYear,
                null,
                format,
                ifNoneMatch,
                CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
    }

    @GetMapping("/public/{code}/reports/{fy}/versions/{n}")
    ResponseEntity<byte[]> version(
            @PathVariable String code,
            @PathVariable("fy") String fiscalYear,
            @PathVariable("n") String number,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch)
            throws Exception {
        int n = parse(number, "n", 1, 100_000);
        return serve(
                code,
                fiscalYear,
                n,
                format,
                ifNoneMatch,
                CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

    private ResponseEntity<byte[]> serve(
            String code, String fiscalYear, Integer number, String format, String ifNoneMatch, CacheControl cache)
            throws Exception {
        TenantCode tenant = TenantCode.parse(code).orElseThrow(() -> ApiProblem.notFound("รายงานที่ระบุ"));
        int year = parse(fiscalYear, "fy", 2500, 2700);
        if (!publication.formats().contains(format)) {
            throw ApiProblem.invalid("format", "must be one of " + publication.formats());
        }
        if (tenants.find(tenant)
                .filter(e -> e.status() == TenantDirectory.Status.ACTIVE)
                .isEmpty()) {
            throw ApiProblem.notFound("รายงานที่ระบุ");
        }
        Optional<File> file = TenantContext.call(tenant, () -> publication.file(year, number, format));
        File found = file.orElseThrow(() -> ApiProblem.notFound("รายงานที่เผยแพร่แล้วของปีงบประมาณ " + year));
        String etag = '"' + found.sha256() + '"';
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .build();
        }
        return ReportHeaders.apply(ResponseEntity.ok(), found.mediaType())
                .contentType(MediaType.parseMediaType(found.mediaType()))
                .eTag(etag)
                .cacheControl(cache)
                .body(found.bytes());
    }

    private static int parse(String value, String field, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiProblem.invalid(field, "must be a number between " + min + " and " + max);
    }
}
