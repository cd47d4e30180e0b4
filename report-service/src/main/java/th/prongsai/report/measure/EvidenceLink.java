package th.prongsai.report.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A link to evidence of a measure's results (หลักฐาน), e.g. a page of the municipality's website. */
@Embeddable
public record EvidenceLink(
        @Column(name = "url", nullable = false, length = 2000) @NotBlank @Size(max = 2000)
        String url,

        @Column(name = "label", length = 500) @Size(max = 500)
        String label) {}
