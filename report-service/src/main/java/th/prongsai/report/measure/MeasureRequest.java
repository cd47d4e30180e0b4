package th.prongsai.report.measure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;

/**
 * A measure (มาตรการ) as sent by a client. Months are ISO year-months of the Common Era ({@code "2024-10"});
 * {@code version} is required on update (optimistic locking). Text is stored as given: HTML stays text.
 * A creation may leave out {@code number} (the year's next) and {@code status} (PLANNED); an update and an import
 * must send them ({@link Complete}).
 */
public record MeasureRequest(
        @NotNull(groups = MeasureRequest.Complete.class) @Positive @Max(9999)
        Integer number,

        @NotBlank @Size(max = 500) String title,
        @Positive Long themeId,

        @Size(max = 20)
        List<
                        @NotNull
                        @Pattern(
                                regexp = "\\d{1,2}(\\.\\d{1,2})?",
                                message = "must be an ITA indicator code such as 9 or 10.2")
                        String>
                indicatorCodes,

        @Size(max = 30) List<@NotBlank @Size(max = 2000) String> methodSteps,
        @Size(max = 50) List<@NotNull @Positive Long> departmentIds,
        YearMonth startMonth,
        YearMonth endMonth,
        @Size(max = 10000) String monitoring,
        @NotNull(groups = MeasureRequest.Complete.class) MeasureStatus status,
        @Size(max = 100) List<@NotNull @Valid ProgressNote> progressNotes,
        @Size(max = 10000) String outputSummary,
        @Size(max = 10000) String outcome,
        @Size(max = 10000) String recommendation,
        @Size(max = 20) List<@NotNull @Valid EvidenceLink> evidenceLinks,
        @Min(0) Long version) {

    /** Validation group of the fields that only a creation may leave out; validate it with {@code Default}. */
    public interface Complete {}

    public List<String> indicatorCodesOrEmpty() {
        return indicatorCodes == null
                ? List.of()
                : indicatorCodes.stream().distinct().toList();
    }

    public List<Long> departmentIdsOrEmpty() {
        return departmentIds == null
                ? List.of()
                : departmentIds.stream().distinct().toList();
    }

    public List<String> methodStepsOrEmpty() {
        return methodSteps == null ? List.of() : methodSteps;
    }

    public List<ProgressNote> progressNotesOrEmpty() {
        return progressNotes == null ? List.of() : progressNotes;
    }

    public List<EvidenceLink> evidenceLinksOrEmpty() {
        return evidenceLinks == null ? List.of() : evidenceLinks;
    }

    /** The same measure with the creation defaults filled in: the given number, and PLANNED when no status. */
    MeasureRequest withDefaults(int nextNumber) {
        return new MeasureRequest(
                number == null ? nextNumber : number,
                title,
                themeId,
                indicatorCodes,
                methodSteps,
                departmentIds,
                startMonth,
                endMonth,
                monitoring,
                status == null ? MeasureStatus.PLANNED : status,
                progressNotes,
                outputSummary,
                outcome,
                recommendation,
                evidenceLinks,
                version);
    }

    /** The same measure at another number (reordering, copying). */
    public MeasureRequest withNumber(int newNumber) {
        return new MeasureRequest(
                newNumber,
                title,
                themeId,
                indicatorCodes,
                methodSteps,
                departmentIds,
                startMonth,
                endMonth,
                monitoring,
                status,
                progressNotes,
                outputSummary,
                outcome,
                recommendation,
                evidenceLinks,
                version);
    }
}
