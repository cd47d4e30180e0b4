package th.prongsai.report.measure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.report.audit.AuditLog;

/**
 * Evidence files of measures. The type is read from the file's first bytes, never from what the client claims,
 * so only real PNG, JPEG, GIF, WebP and PDF files are kept; each is at most {@value #MAX_BYTES} bytes.
 */
@Service
public class AttachmentService {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_PER_MEASURE = 10;
    /** The longest file name kept (column file_name). */
    public static final int MAX_NAME = 255;

    public record AttachmentView(
            long id,
            long measureId,
            String fileName,
            String mediaType,
            int sizeBytes,
            String sha256,
            Instant createdAt) {}

    /** A file's bytes with how to serve them. */
    public record Content(String fileName, String mediaType, String sha256, byte[] bytes) {}

    private final MeasureAttachmentRepository attachments;
    private final MeasureRepository measures;
    private final AuditLog audit;
    private final Clock clock;

    public AttachmentService(
            MeasureAttachmentRepository attachments, MeasureRepository measures, AuditLog audit, Clock clock) {
        this.attachments = attachments;
        this.measures = measures;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AttachmentView add(int fiscalYear, long measureId, String fileName, byte[] bytes) {
        requireMeasure(fiscalYear, measureId);
        AttachmentView added = insert(measureId, fileName, bytes);
        audit.record("CREATE", "attachment", added.id(), fiscalYear, null, added);
        return added;
    }

    /** Stores a file without an audit entry of its own (the caller records one for the whole operation). */
    @Transactional
    public AttachmentView insert(long measureId, String fileName, byte[] bytes) {
        String name = cleanName(fileName);
        if (bytes.length == 0) {
            throw ApiProblem.invalid("file", EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ApiProblem(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "attachment-too-large",
                    "Attachment too large",
                    "ไฟล์แนบต้องมีขนาดไม่เกิน 2 MB");
        }
        String mediaType = sniff(bytes)
                .orElseThrow(() -> new ApiProblem(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "unsupported-attachment-type",
                        "Unsupported attachment type",
                        "แนบได้เฉพาะไฟล์รูปภาพ (PNG, JPEG, GIF, WebP) หรือ PDF"));
        if (attachments.countByMeasureId(measureId) >= MAX_PER_MEASURE) {
            throw ApiProblem.conflict(
                    "too-many-attachments",
                    "Too many attachments",
                    "มาตรการหนึ่งแนบไฟล์ได้ไม่เกิน " + MAX_PER_MEASURE + " ไฟล์");
        }
        MeasureAttachment saved = attachments.saveAndFlush(
                new MeasureAttachment(measureId, name, mediaType, sha256(bytes), bytes, Instant.now(clock)));
        return describe(List.of(measureId)).stream()
                .filter(a -> a.id() == saved.getId())
                .findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public Content content(int fiscalYear, long measureId, long attachmentId) {
        requireMeasure(fiscalYear, measureId);
        MeasureAttachment a = attachments
                .findByIdAndMeasureId(attachmentId, measureId)
                .orElseThrow(() -> ApiProblem.notFound("ไฟล์แนบที่ระบุ"));
        return new Content(a.getFileName(), a.getMediaType(), a.getSha256(), a.getContent());
    }

    @Transactional
    public void delete(int fiscalYear, long measureId, long attachmentId) {
        requireMeasure(fiscalYear, measureId);
        MeasureAttachment a = attachments
                .findByIdAndMeasureId(attachmentId, measureId)
                .orElseThrow(() -> ApiProblem.notFound("ไฟล์แนบที่ระบุ"));
        AttachmentView before = describe(List.of(measureId)).stream()
                .filter(v -> v.id() == attachmentId)
                .findFirst()
                .orElseThrow();
        attachments.delete(a);
        audit.record("DELETE", "attachment", attachmentId, fiscalYear, before, null);
    }

    @Transactional(readOnly = true)
    public List<AttachmentView> describe(Collection<Long> measureIds) {
        return measureIds.isEmpty() ? List.of() : attachments.describe(measureIds);
    }

    private void requireMeasure(int fiscalYear, long measureId) {
        if (measures.findByIdAndFiscalYear(measureId, fiscalYear).isEmpty()) {
            throw ApiProblem.notFound("มาตรการที่ระบุในปีงบประมาณ " + fiscalYear);
        }
    }

    private static final String EMPTY = "must not be empty";

    /** Why these bytes cannot be an attachment, if they cannot (for checks made before anything is stored). */
    public static Optional<String> problem(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.of(EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            return Optional.of("must be at most 2 MB");
        }
        return sniff(bytes).isPresent()
                ? Optional.empty()
                : Optional.of("must be a PNG, JPEG, GIF or WebP image, or a PDF");
    }

    /** The media type the bytes really are, from their signature. */
    static Optional<String> sniff(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("image/gif");
        }
        if (starts(b, 'R', 'I', 'F', 'F')
                && b.length >= 12
                && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** The last path segment, without control characters, at most 255 characters. */
    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            throw ApiProblem.invalid("file", "must have a file name");
        }
        if (name.length() > MAX_NAME) {
            throw ApiProblem.invalid("file", "file name must be at most " + MAX_NAME + " characters");
        }
        return name;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
