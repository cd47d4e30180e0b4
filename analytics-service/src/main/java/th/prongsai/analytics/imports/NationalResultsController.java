package th.prongsai.analytics.imports;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.tenancy.Role;
import th.prongsai.tenancy.security.Callers;

/** {@code POST /api/analytics/imports/national-results}: NACC's per-agency results as CSV, national admins only. */
@RestController
@RequestMapping("/api/analytics/imports/national-results")
class NationalResultsController {

    private final NationalResultsImport importer;

    NationalResultsController(NationalResultsImport importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ImportResult csvBody(HttpServletRequest request) throws IOException {
        requireNationalAdmin();
        try (InputStream in = request.getInputStream()) {
            return importer.importCsv(readAtMost(in));
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult multipart(@RequestPart("file") MultipartFile file) throws IOException {
        requireNationalAdmin();
        if (file.getSize() > NationalResultsImport.MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = file.getInputStream()) {
            return importer.importCsv(readAtMost(in));
        }
    }

    /** Reads one byte past the limit, so a body without Content-Length cannot fill the heap. */
    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(NationalResultsImport.MAX_BYTES + 1);
        if (bytes.length > NationalResultsImport.MAX_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private static ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.valueOf(413), "too-large", "File too large", "ไฟล์ใหญ่เกินไป (ไม่เกิน 5 MB)");
    }

    private static void requireNationalAdmin() {
        if (!Callers.current().has(Role.NATIONAL_ADMIN)) {
            throw ApiProblem.forbidden("เฉพาะผู้ดูแลระดับประเทศเท่านั้นที่นำเข้าผลการประเมินระดับประเทศได้");
        }
    }
}
