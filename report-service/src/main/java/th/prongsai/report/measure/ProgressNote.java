package th.prongsai.report.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A dated note on how a measure is going (บันทึกความคืบหน้า). */
@Embeddable
public record ProgressNote(
        @Column(name = "noted_on", nullable = false) @NotNull
        LocalDate date,

        @Column(name = "note", nullable = false) @NotBlank @Size(max = 2000)
        String note) {}
