package th.prongsai.report.measure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A measure as sent by a client; {@code version} is required on update (optimistic locking). */
public record MeasureRequest(
        @NotNull @Positive @Max(9999) Integer number,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "\\d{1,2}(\\.\\d{1,2})?",
                message = "must be an ITA indicator code such as 9 or 10.2") String> indicatorCodes,
        @Size(max = 50) List<@NotNull @Positive Long> departmentIds,
        @Min(1) @Max(12) Integer startMonth,
        @Min(1) @Max(12) Integer endMonth,
        @NotNull MeasureStatus status,
        @Size(max = 10000) String outputSummary,
        @Size(max = 10000) String outcome,
        @Min(0) Long version) {

    public List<String> indicatorCodesOrEmpty() {
        return indicatorCodes == null ? List.of() : indicatorCodes.stream().distinct().toList();
    }

    public List<Long> departmentIdsOrEmpty() {
        return departmentIds == null ? List.of() : departmentIds.stream().distinct().toList();
    }
}
