package th.prongsai.report.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A small file (image or PDF) attached to a measure as evidence; immutable once stored. */
@Entity
@Table(name = "measure_attachments")
class MeasureAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private long measureId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MeasureAttachment() {}

    MeasureAttachment(
            long measureId, String fileName, String mediaType, String sha256, byte[] content, Instant createdAt) {
        this.measureId = measureId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getMeasureId() {
        return measureId;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    String getSha256() {
        return sha256;
    }

    byte[] getContent() {
        return content;
    }
}
